x = 2 ** 100
print(x)
print(x * x)
print(x // 3, x % 1000007)
f = 1
for i in range(1, 30):
    f *= i
print(f)
print(-(10 ** 25) // 7, -(10 ** 25) % 7)
print(abs(-(2 ** 70)))
