names = ["ann", "bob", "cy"]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, 1):
    print(i, n)
for a, b in zip([1, 2, 3], "xy"):
    print(a, b)
print(list(zip(range(3), range(10, 13))))
