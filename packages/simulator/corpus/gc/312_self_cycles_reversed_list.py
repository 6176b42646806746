# Self-referencing objects survive a collection while listed, then are collected.
import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
objs = []
for i in range(5):
    t = T(i)
    t.self_ref = t
    objs.append(t)
del t
gc.collect()
print("survived")
objs.reverse()
objs = None
gc.collect()
print("end")
