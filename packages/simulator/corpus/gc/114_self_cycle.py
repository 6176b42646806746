import gc
class T:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("del", self.n)
x = T("self")
x = None
print("still alive")
gc.collect()
print("end")
