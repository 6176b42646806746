# Decorators with arguments (factories) and stacked decorators; what the factory's frame keeps alive.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def repeat(n):
    marker = T("factory-local")
    def outer(fn):
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return outer
@repeat(2)
def hello(name):
    return "hi " + name
print("decorated")
print(hello("bo"))
def tag(label):
    def wrap(fn):
        def call(*args, **kw):
            return label + ":" + str(fn(*args, **kw))
        return call
    return wrap
@tag("A")
@tag("B")
def num(x=1):
    return x * 10
print(num(), num(x=2))
del hello
print("end")
