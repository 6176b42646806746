import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {"t": T("t"), "u": T("u")}
d["self"] = d
d = None
gc.collect()
print("end")
