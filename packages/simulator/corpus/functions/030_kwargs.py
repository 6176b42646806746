def f(**kw):
    for k, v in kw.items():
        print(k, "=", v)
f(b=1, a=2)
def h(a, b, *, c=0):
    return a - b - c
print(h(10, 3), h(10, 3, c=2), h(b=1, a=2))
