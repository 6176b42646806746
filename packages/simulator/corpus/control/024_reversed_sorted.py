xs = [3, 1, 2]
for x in reversed(xs):
    print(x, end=" ")
print()
for x in sorted(xs):
    print(x, end=" ")
print()
print(sorted(xs, reverse=True), xs)
print(sorted(["bb", "a", "ccc"], key=len))
print(list(reversed("abc")), sorted("cab"))
print(sorted({3: "x", 1: "y"}))
