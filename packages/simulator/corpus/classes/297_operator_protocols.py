# A value class with arithmetic, comparison, truth, length, containment and iteration.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return (self.x ** 2 + self.y ** 2) < (o.x ** 2 + o.y ** 2)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __bool__(self):
        return bool(self.x or self.y)
    def __len__(self):
        return 2
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
v = Vec(1, 2) + Vec(3, 4)
print(v, v * 2, 3 * v, v == Vec(4, 6), v != Vec(0, 0), bool(Vec(0, 0)), len(v), 4 in v, list(v), v[1])
print(sorted([Vec(3, 3), Vec(1, 0), Vec(0, 2)]), max([Vec(3, 3), Vec(1, 0)]), min(Vec(5, 5), Vec(1, 1)))
a, b = v
print(a, b, [c * 10 for c in v], sum(v), tuple(v), dict(x=v)["x"])
