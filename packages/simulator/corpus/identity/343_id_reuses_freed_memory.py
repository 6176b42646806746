# id() of an object freed a moment ago is often the id of the next object of the same kind.
class A:
    pass
print(id([]) == id([]), id({}) == id({}), id(A()) == id(A()), id((1, [])) == id((2, [])))
x = [1]
i = id(x)
del x
y = [2]
print(id(y) == i)
y = None
z1 = [3]
z2 = [4]
print(id(z1) == i or id(z2) == i, id(z1) == i)
a = A()
ia = id(a)
a = A()
print(id(a) == ia)
b = 1.5
ib = id(b)
b = 2.5
print(id(b) == ib)
s = [10, 20]
print(id(s[0]) == id(10), id(None) == id(None), id(s) == id(s[:]))
