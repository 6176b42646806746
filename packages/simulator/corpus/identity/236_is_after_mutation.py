a = [1, 2]
b = a
a += [3]
print(a is b, b)
a = a + [4]
print(a is b, a, b)
s = "ab"
t = s
s += "c"
print(s is t, s, t)
