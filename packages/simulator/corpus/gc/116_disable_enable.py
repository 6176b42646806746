import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
t = T(1)
t.me = t
t = None
gc.collect()
print("explicit collect works while disabled")
gc.enable()
print(gc.isenabled())
