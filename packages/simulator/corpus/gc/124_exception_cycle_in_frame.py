import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f():
    local = T("local")
    try:
        raise ValueError("boom")
    except ValueError as e:
        saved = e
    return "returned"
print(f())
print("before collect")
gc.collect()
print("end")
