class Box:
    pass
b = Box()
b.v = 1
b.v += 10
d = {"k": 5}
d["k"] *= 3
xs = [1, 2, 3]
xs[1] -= 7
print(b.v, d, xs)
