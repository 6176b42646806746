import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = T(1)
b = T(2)
c = T(3)
a.x = b
b.x = c
c.x = a
a = b = c = None
gc.collect()
print("end")
