d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
d["z"] = 4
print(d)
del d["a"]
d["a"] = 5
print(d)
print({1: "x", 1.0: "y", True: "z"})
