# Slices with negative steps, slice assignment and deletion, shallow copies.
x = [1, 2, 3, 4, 5, 6]
print(x[-100:100], x[::-1], x[::-2], x[4:1:-1], x[-2:], x[:-2], x[1:-1:2], x[5:0:-2])
x[2:2] = [9, 9]
print(x)
x[-1:] = []
print(x)
x[:0] = ["start"]
print(x)
x[::-1] = list(range(len(x)))
print(x)
del x[::-2]
print(x)
s = "abcdefgh"
print(s[::3], s[-3::-1], s[100:], s[2:-2:2], s[-1:-9:-3])
t = tuple(range(10))
print(t[2:8:3], t[::-4], t[-3:])
r = range(0, 20, 3)
print(r[2], r[-1], list(r)[1:3], len(r), r.index(9) if False else "")
nested = [[1, 2], [3, 4]]
copy = nested[:]
copy[0].append(99)
copy[1] = "new"
print(nested, copy)
