a = [[1], [2]]
b = a[:]
c = list(a)
print(a is b, a[0] is b[0], c[1] is a[1])
b[0].append(9)
print(a)
b[1] = [7]
print(a, b)
