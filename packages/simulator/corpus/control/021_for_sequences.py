for x in [1, 2]:
    print("list", x)
for x in (3, 4):
    print("tuple", x)
for ch in "hi":
    print("str", ch)
d = {"a": 1, "b": 2}
for k in d:
    print("dict", k, d[k])
for k, v in d.items():
    print("items", k, v)
for v in d.values():
    print("value", v)
