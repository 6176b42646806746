a = "hello"
b = "hel" + "lo"
c = "".join(["hel", "lo"])
print(a is b, a == c, a is c)
w = "word"
print(w * 1 is w, w[:] is w)
