class Side:
    def __init__(self, v):
        self.v = v
    def __del__(self):
        print("s" + str(self.v), end=" ")
class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt
        self.side = Side(v)
    def __del__(self):
        print("n" + str(self.v), end=" ")
head = None
for i in range(130):
    head = Node(i, head)
head = None
print()
print("end")
