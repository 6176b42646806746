d = {"b": 2, "a": 1}
keys = d.keys()
d["c"] = 3
print(list(keys), len(keys), "c" in keys)
for k, v in sorted(d.items()):
    print(k, v)
print({**d, "a": 10}, dict(d, z=0))
print(list(d.values()) == [2, 1, 3])
