import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def work():
    x = T("x")
    x.me = x
    return "work done"
def clean():
    print("collecting")
    gc.collect()
    print("collected")
print(work())
clean()
