import gc
class T:
    pass
t = T()
t.me = t
t = None
n = gc.collect()
print(n > 0)
print(gc.collect() >= 0)
