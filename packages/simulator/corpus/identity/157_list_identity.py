a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
d = a + []
print(d == a, d is a)
t1 = (1, 2)
t2 = t1[:]
print(t1 is t2)
