x = 1000
y = 999
y = y + 1
print(x == y, x is y)
xs = [500, 500]
print(xs[0] is xs[1])
def f():
    return 500
print(f() is 500)
