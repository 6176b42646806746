class A:
    def __init__(self):
        self.x = 1
a = A()
try:
    a.y
except AttributeError as e:
    print(e)
del a.x
try:
    print(a.x)
except AttributeError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
