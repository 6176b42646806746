# Keyword arguments: defaults, *args/**kwargs, keyword-only, and the errors when one is given twice.
def f(a, b=2, *args, key="k", **kw):
    return (a, b, args, key, kw)
print(f(1))
print(f(1, 3, 5, 7, key="z", extra=1))
print(f(b=5, a=0))
args = (10, 20, 30)
print(f(*args))
print(f(1, **{"key": "from-dict", "other": 2}))
def g(*, only):
    return only
print(g(only=3))
try:
    g(3)
except TypeError as e:
    print(e)
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, a=2)
except TypeError as e:
    print(e)
try:
    f(1, bad=3, **{"bad": 4})
except TypeError as e:
    print(e)
def h(a, b):
    return a - b
print(h(b=1, a=10), (lambda *xs: sum(xs))(1, 2, 3), (lambda **kw: sorted(kw))(z=1, a=2))
