a = 100
b = 100
print(a is b)
c = 256
d = 255 + 1
print(c is d)
n = 250
m = n + 6
print(m is 256)
k = n + 10
print(k is 260, k == 260)
neg = -5
print(neg is -5, (neg - 1) is -6)
