def t(v, label):
    print("eval", label)
    return v
r = t(0, "a") and t(1, "b")
print(r)
r = t(1, "c") or t(2, "d")
print(r)
r = t(1, "e") and t(0, "f") or t(3, "g")
print(r)
print(not t([], "h"))
