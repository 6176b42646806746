# Stable sorting with equal keys: 3.13+ counts descending runs that contain equal items.
class V:
    def __init__(self, v, tag=""):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        print("cmp", self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return "V%d%s" % (self.v, self.tag)
print(sorted([V(3, "a"), V(3, "b"), V(2), V(2, "x"), V(1), V(4)]))
print(sorted([V(1), V(1, "b"), V(0), V(5)]))
print(sorted([V(5), V(4), V(4, "b"), V(3), V(6), V(7), V(0)]))
print(sorted([V(2), V(2, "b"), V(2, "c")]))
