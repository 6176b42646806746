print(list(range(5)), list(range(2, 8, 3)), list(range(5, 0, -2)))
for i in range(3):
    print(i, end=",")
print()
r = range(10)
print(len(r), r[3], 7 in r, r)
