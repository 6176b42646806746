def f(*args):
    return len(args), args
print(f(), f(1), f(1, 2, 3))
def g(a, *rest, **kw):
    return a, rest, kw
print(g(1, 2, 3, x=4, y=5))
print(g(*[7, 8], **{"z": 9}))
