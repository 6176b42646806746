class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt
    def __del__(self):
        print("del node", self.v)
head = None
for i in range(5):
    head = Node(i, head)
print("built")
head = None
print("end")
