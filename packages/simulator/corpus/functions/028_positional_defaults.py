def f(a, b=2, c=3):
    return a + b * c
print(f(1), f(1, 10), f(1, 1, 1), f(1, c=0), f(a=5, b=1, c=1))
