d = {"a": 1}
d["b"] = 2
d.update({"c": 3})
print(d, len(d), "a" in d, 5 in d)
print(d.get("z"), d.get("z", 0), d.pop("a"), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault("b", 9), d.setdefault("q", 8), d)
del d["b"]
print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
e = dict(x=1, y=2)
print(e, dict([(1, 2)]), dict(zip("ab", [1, 2])))
d.clear()
print(d)
