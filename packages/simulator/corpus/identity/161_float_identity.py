x = 1.5
y = 1.5
print(x is y)
def f():
    return 2.5
z = f()
print(z is 2.5)
w = 0.5 + 1.0
print(w is x)
