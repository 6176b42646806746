grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad, bad[0] is bad[1])
d = {"k": [1, 2], "t": (3, [4])}
d["t"][1].append(5)
print(d)
