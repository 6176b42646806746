import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def make():
    t = T("closure-cycle")
    def get():
        return t
    t.fn = get
make()
print("made")
gc.collect()
print("end")
