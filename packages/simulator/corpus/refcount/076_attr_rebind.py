class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Holder:
    pass
h = Holder()
h.item = T(1)
h.item = T(2)
print("rebound attr")
h = None
print("end")
