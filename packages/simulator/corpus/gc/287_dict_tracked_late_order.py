# A dict starts untracked by the collector and joins its list when it first holds a container.
import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {}
d[1] = [T(i) for i in range(3)]
d[0] = d
gc.collect()
print("alive")
del d
gc.collect()
print("end")
