class O:
    pass
o = O()
o.a = 1
o.b = 2
del o.a
print(o.b)
try:
    o.a
except AttributeError as e:
    print(e)
xs = [1, 2, 3, 4]
del xs[-1]
print(xs)
d = {"x": 1, "y": 2}
del d["x"]
print(d)
