import gc
class T:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("del", self.n)
for i in range(7):
    T(i)
    if i % 3 == 2:
        print("collect at", i)
        gc.collect()
print("loop done")
gc.collect()
print("end")
