# list.index with start, dict views as sets, reversed views, merging dicts, comprehensions.
xs = [5, 1, 4, 1, 5, 9, 2, 6]
print(xs.index(1, 2), xs.index(5, 1), xs.count(5), xs.pop(-2), xs)
xs.insert(-2, 0); xs.insert(-100, -1)
print(xs)
try:
    xs.remove(42)
except ValueError as e:
    print(e)
try:
    xs.index(42)
except ValueError as e:
    print(e)
d = {"a": 3, "b": 1, "c": 2}
print(d.keys() & {"a", "z"}, d.keys() | {"q"} == {"a", "b", "c", "q"}, d.keys() - {"a"} == {"b", "c"})
print(sorted(d.items(), key=lambda kv: kv[1]), list(d.values()), "b" in d.keys(), 1 in d.values(), ("a", 3) in d.items())
print(list(enumerate(d, start=10)), list(zip(d, d.values())), list(reversed(d.items())))
print(min(d, key=d.get), max(d.values()), min([], key=len, default="none"), sum([[1], [2, 3]], []))
print(dict(**d, z=0), {**d, "a": 0}, d | {"x": 9}, list(dict.fromkeys("abca")) if False else "")
print([x for x in range(10) if x % 2 if x > 3], [(i, j) for i in range(3) for j in range(i)], {x: x * x for x in range(4) if x})
print([[c for c in w] for w in ["ab", "c"]], list(map(str.upper, ["a", "b"])), list(filter(lambda v: v > 2, [1, 3, 5])))
e = [1, 2, 3]
e += [4]
e *= 2
print(e, e[::3], len(e), e.copy() == e, e.copy() is e)
t = 1, 2, 3
a, (b, c) = 0, (t[1], t[2])
print(a, b, c, t)
