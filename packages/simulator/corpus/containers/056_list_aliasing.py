a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
a.append(4)
print(b, c, d, a is b, a is c, a == c + [4])
def mutate(xs):
    xs.append("m")
    xs = ["new"]
    return xs
r = mutate(a)
print(a, r)
