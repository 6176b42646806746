# Which __eq__ calls membership, index, remove, count and comparisons make (identity first).
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, E) and self.v == o.v
    def __repr__(self):
        return "E%d" % self.v
a, b, c = E(1), E(2), E(1)
xs = [a, b]
print(c in xs)
print(a in xs)
print(xs.index(E(2)))
xs.remove(E(2))
print(xs, xs.count(E(1)), xs == [E(1)], [a] == [a])
print(a == 1, 1 == a, a != c)
d = {"k": E(5)}
print(E(5) in d.values())
print((a, b) == (c, E(2)))
print(max([E(1)], key=lambda e: e.v))
