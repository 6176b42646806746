class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Node:
    def __init__(self, val, nxt):
        self.val = val
        self.nxt = nxt
    def __del__(self):
        print("node del", self.val.n)
head = Node(T(1), Node(T(2), None))
print("built")
head.nxt = None
print("cut")
head = None
print("end")
