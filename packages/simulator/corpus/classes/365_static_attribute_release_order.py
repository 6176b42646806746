# Rule 6 in 3.13+: a class's shared keys start with its __static_attributes__ (the names its
# methods store as `self.X`, sorted), so an instance releases those attributes in sorted order,
# then the others in the order first set. 3.11 uses the order first set for all of them.
# Exception classes keep their own dict order in both.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Node:
    def __init__(self, value, nxt):
        self.value = T(value)
        self.next = nxt
n = Node("a", Node("b", None))
del n
print("--")
class K:
    def __init__(self):
        self.zeta = T("zeta")
        self.alpha = T("alpha")
        self.Beta = T("Beta")
    def other(self):
        self.count += 1  # augmented assignment: not a static attribute
        for self.loop in []:
            pass
k = K()
k.extra = T("extra")
k.aaa = T("aaa")
del k
print("--")
class Sub(K):
    def __init__(self):
        self.yy = T("yy")
        super().__init__()
s = Sub()
del s
print("--")
class E(Exception):
    def __init__(self, msg):
        self.msg = T("msg")
        self.code = T("code")
try:
    raise E("x")
except E:
    pass
print("--")
class N:
    def __init__(self):
        def helper(obj):
            self.inner = T("inner")
        helper(self)
        self.outer = T("outer")
        self.mid = T("mid")
x = N()
del x
print("end")
