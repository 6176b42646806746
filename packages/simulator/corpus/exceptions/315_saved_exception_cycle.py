# Saving the caught exception in a local keeps that frame's locals until a collection.
import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f():
    local = T("local")
    try:
        raise ValueError("x")
    except ValueError as e:
        saved = e
    return "done"
print(f())
print("before collect")
gc.collect()
print("end")
