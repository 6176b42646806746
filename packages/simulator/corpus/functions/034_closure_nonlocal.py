def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
def make_adders():
    return [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in make_adders()])
def late():
    return [lambda: k for k in range(3)]
print([f() for f in late()])
