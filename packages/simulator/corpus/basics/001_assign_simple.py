x = 1
y = x
x = 2
print(x, y)
name = "heap"
print(name, len(name))
