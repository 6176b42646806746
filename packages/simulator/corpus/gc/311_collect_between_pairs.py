# Pairs of objects pointing at each other, collected at different times.
import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def make_pair(tag):
    a = T(tag + "a")
    b = T(tag + "b")
    a.peer = b
    b.peer = a
make_pair("x")
gc.collect()
print("--")
make_pair("y")
keep = T("keep")
make_pair("z")
print(gc.collect() >= 4)
print("--")
make_pair("p")
gc.collect()
make_pair("q")
gc.collect()
print("end")
