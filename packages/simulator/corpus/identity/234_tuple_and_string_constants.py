a = (1, 2)
b = (1, 2)
print(a is b)
s = "hello world"
t = "hello world"
print(s is t)
u = "a" * 3
print(u is "aaa")
c = (1, [2])
d = (1, [2])
print(c is d, c == d)
