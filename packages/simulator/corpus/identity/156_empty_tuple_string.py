a = ()
b = tuple()
print(a is b, a is ())
s = ""
t = str()
print(s is t)
c = "x"
d = "xy"[0]
print(c is d)
