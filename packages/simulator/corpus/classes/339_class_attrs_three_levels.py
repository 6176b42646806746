# Class attributes looked up through three levels, changed and deleted; __init__ misuse.
class Base:
    kind = "base"
    def __init__(self):
        self.tag = "b"
    def who(self):
        return "Base.who " + self.kind
class Mid(Base):
    kind = "mid"
    def who(self):
        return "Mid>" + super().who()
class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.tag += "l"
    def who(self):
        return "Leaf>" + super().who()
x = Leaf()
print(x.who(), x.tag, Base.who(x), Mid.who(x), x.kind, Leaf.kind)
print(isinstance(x, Base), isinstance(Base(), Leaf), type(x).__name__, x.__class__ is Leaf)
Leaf.kind = "leaf"
print(x.who(), Mid.kind)
del Leaf.kind
print(x.who())
class Init:
    def __init__(self):
        return 5
try:
    Init()
except TypeError as e:
    print(e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
print(Base.__name__, Leaf.__mro__ if False else "")
