# Classic aliasing traps: += on a list inside a tuple, arguments rebound in a callee, [[0]*2]*2, dict() copies, cutting a linked list.
t = ([1], 2)
try:
    t[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
def modify(lst, n):
    lst.append(n)
    n += 1
    lst = [0]
    return lst
a = [1]
k = 5
r = modify(a, k)
print(a, k, r, r is a)
s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
u = s
s += "d"
print(u, s, u is s)
x = [[0] * 2 for _ in range(2)]
y = [[0] * 2] * 2
x[0][0] = 1
y[0][0] = 1
print(x, y)
m = {"k": [1]}
n = dict(m)
n["k"].append(2)
n["j"] = 0
print(m, n)
import gc
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
    def __del__(self):
        print("free", self.v)
head = Node(1)
head.next = Node(2)
head.next.next = Node(3)
head = head.next
print("moved head")
head.next = None
print("cut tail")
head = None
print("end")
