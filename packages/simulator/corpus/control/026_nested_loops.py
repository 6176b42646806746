for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end="; ")
print()
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    else:
        continue
    break
print(found)
