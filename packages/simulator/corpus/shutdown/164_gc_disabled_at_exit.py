import gc
gc.disable()
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
first = T("first")
_hidden = T("_hidden")
second = T("second")
third = T("third")
print("end")
