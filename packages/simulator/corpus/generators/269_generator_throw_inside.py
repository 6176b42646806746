def gen():
    for i in range(3):
        try:
            yield i
        except ValueError:
            print("gen caught ValueError at", i)
            yield -1
g = gen()
print(next(g))
print(next(g))
print(list(g))
