s = set()
for x in [3, 1, 3, 2, 1]:
    s.add(x)
print(sorted(s), len(s))
t = {2, 3, 4}
print(sorted(s.union(t)), sorted(s.intersection(t)), sorted(s.difference(t)))
print(s.issubset({1, 2, 3, 4}), {1, 2} < {1, 2}, frozenset([1]) == {1})
u = s.copy()
u.clear()
print(len(s), len(u))
