# Instance attributes are released in the class's shared key order, even after del and re-adding.
class A:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)
class Obj:
    pass
o1 = Obj()
o1.b = A("o1.b")
o1.a = A("o1.a")
o2 = Obj()
o2.a = A("o2.a")
o2.b = A("o2.b")
o2.c = A("o2.c")
del o2.b
o2.b = A("o2.b2")
del o1
print("o1 gone")
del o2
print("o2 gone")
