xs = list(range(8))
xs[1:3] = ["a", "b", "c"]
print(xs)
xs[::2] = [0, 0, 0, 0, 0]
print(xs)
del xs[0]
print(xs)
del xs[1:3]
print(xs)
del xs[::2]
print(xs)
xs[:] = []
print(xs)
xs[len(xs):] = [1, 2]
print(xs)
