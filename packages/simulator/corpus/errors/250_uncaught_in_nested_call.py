def level3(xs):
    return xs[10]
def level2(xs):
    return level3(xs) + 1
def level1():
    return level2([1, 2])
print("start")
level1()
