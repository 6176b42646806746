class T:
    pass
t = T()
u = t
print(id(t) == id(u), id(t) == id(T()))
xs = []
i1 = id(xs)
xs.append(1)
print(id(xs) == i1)
