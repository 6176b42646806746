a = b = c = [1, 2]
print(a is b, b is c)
a.append(3)
print(c)
x = y = 0
x += 1
print(x, y)
