import gc
class Leaf:
    def __del__(self):
        print("leaf freed")
class N:
    pass
a = N()
b = N()
a.b = b
b.a = a
b.leaf = Leaf()
a = b = None
print("before collect")
gc.collect()
print("end")
