# Freeing a chain 2,000 levels deep. CPython 3.11's trashcan defers the rest of a chain after
# 50 nested deallocations and frees the deferred part when the nesting unwinds, so the finalizers
# run in blocks; 3.14 defers only near the end of the C stack, so they run in plain order.
# (Pyodide's JS stack overflows near 3,000 levels: the chains stay below that.)
freed = []
class Leaf:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        freed.append(self.i)
class Node:
    def __init__(self, i, nxt):
        self.next = nxt
        self.leaf = Leaf(i)
def summary(name):
    runs = 1
    for a, b in zip(freed, freed[1:]):
        if abs(b - a) != 1:
            runs += 1
    print(name, len(freed), freed[:3], freed[-3:], "runs:", runs)
    freed.clear()
head = None
for i in range(2000):
    head = [Leaf(i), head]
head = None
summary("lists")
for i in range(2000):
    head = Node(i, head)
head = None
summary("nodes")
print("end")
