# Attributes a builtin type really lacks still raise AttributeError.
x = 1
try:
    x.__dict__
except AttributeError as e:
    print(e)
class A:
    pass
print(hasattr(A(), "__len__"), hasattr(5, "__foo__"))
