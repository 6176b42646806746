class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Registry:
    default = T("class-level")
    items = []
r1 = Registry()
r2 = Registry()
r1.items.append(T("shared"))
print(len(r2.items), r1.items is r2.items)
r1.items = [T("own")]
print(len(r2.items), r1.items is r2.items)
r1 = None
print("r1 dropped")
Registry.items.clear()
print("end")
