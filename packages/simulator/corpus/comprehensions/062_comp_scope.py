x = "outer"
ys = [x for x in range(3)]
print(x, ys)
n = 10
print([n + i for i in range(3)])
