# nonlocal and global, closures sharing state, and names that do not leak out of except and comprehensions.
def outer():
    x = 1
    def bump():
        nonlocal x
        x += 1
        return x
    def read():
        return x
    return bump, read
b, r = outer()
b(); b()
print(r())
n = 0
def incr():
    global n
    n = n + 1
for _ in range(3):
    incr()
print(n)
def make():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    return add
adder = make()
print(adder("a"), adder("b"))
try:
    print(e)
except NameError as err:
    print(err)
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as err:
    print(err)
[q for q in range(3)]
try:
    print(q)
except NameError as err:
    print(err)
