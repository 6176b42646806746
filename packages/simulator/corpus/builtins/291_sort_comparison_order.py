# Which comparisons sort() makes, in which order, and what a failed sort leaves behind.
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("cmp", self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return "V%d" % self.v
xs = [V(3), V(1), V(2), V(5), V(4)]
xs.sort()
print(xs)
print(sorted([V(2), V(1)], reverse=True))
print(sorted([V(9), V(8), V(7), V(1)]))
ys = [3, 1, "x", 2]
try:
    ys.sort()
except TypeError as e:
    print(e)
print(ys)
zs = [5, 4, 3, "a", 1]
try:
    zs.sort(reverse=True)
except TypeError as e:
    print(e)
print(zs)
print(sorted(range(100), key=lambda v: -v)[:3], sorted([(1, "b"), (1, "a"), (0, "z")]))
