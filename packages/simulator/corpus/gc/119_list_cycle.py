import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
xs = [T("item")]
xs.append(xs)
xs = None
print("list cycle alive")
gc.collect()
print("end")
