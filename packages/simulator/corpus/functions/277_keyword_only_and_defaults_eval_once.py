calls = []
def stamp(v):
    calls.append(v)
    return v
def f(a, b=stamp("default b"), *args, c=stamp("default c"), **kw):
    return a, b, args, c, kw
print(calls)
print(f(1))
print(f(1, 2, 3, 4, c=5, d=6))
print(calls)
