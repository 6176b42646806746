xs = [1, 2] + [3] * 2
print(xs, xs * 2, len(xs * 0), [0] * 3)
ys = xs[:]
ys[0] = 100
print(xs[0], ys[0], xs == ys, max(ys), min(xs))
nested = [[3, 1], [2]]
nested.sort()
print(nested, sorted([[1, 2], [1]]))
zs = [5, 3, 1]
zs.sort(reverse=True)
print(zs, zs.index(1), 3 in zs)
