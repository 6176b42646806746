# PEP 709: in 3.12+ a list/dict/set comprehension runs inside the enclosing frame. When it ends,
# its variables are put back to what they were, last variable first; in 3.11 the comprehension's
# own frame releases them first to last. Generator expressions still get their own frame.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def __repr__(self):
        return "T" + self.n
def pairs():
    return [(T("k1"), T("v1")), (T("k2"), T("v2"))]
def dict_comp():
    d = {k.n: v.n for k, v in pairs()}
    print("dict", d)
def nested():
    r = [a.n + b.n for a in [T("a1"), T("a2")] for b in [T("b1")]]
    print("nested", r)
def shadowed():
    x = T("outer")
    ys = [x.n for x in [T("in1"), T("in2")]]
    print("shadowed", ys, x.n)
def rebind():
    # 3.12+: the result is bound to r (freeing the old value) before t is put back
    r = T("old")
    r = [t.n for t in [T("new")]]
    print("rebind", r)
def returned():
    return [k.n + v.n for k, v in pairs()]
def genexpr():
    g = (t.n for t in [T("g1"), T("g2")])
    print("gen", next(g))
    del g
    print("gen dropped")
dict_comp()
nested()
shadowed()
rebind()
print("returned", returned())
genexpr()
x = T("module")
s = {x.n for x in [T("m1")]}
print("module", s, x.n, [x for x in "ab"], x.n)
print("end")
