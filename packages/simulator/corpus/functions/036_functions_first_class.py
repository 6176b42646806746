def apply(f, xs):
    return [f(x) for x in xs]
def double(x):
    return 2 * x
print(apply(double, [1, 2, 3]))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(ops["add"](2, 3), ops["mul"](2, 3))
g = double
print(g is double, g(21))
