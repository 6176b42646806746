# A tree whose children point back at their parent: only the collector frees it.
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
    def add(self, child):
        self.children.append(child)
        child.parent = self
        return child
    def __del__(self):
        print("del", self.name)
root = Node("root")
a = root.add(Node("a"))
b = root.add(Node("b"))
a.add(Node("a1"))
del a, b
print("drop root")
root = None
print("no output yet")
print("found", gc.collect() > 0)
print("end")
