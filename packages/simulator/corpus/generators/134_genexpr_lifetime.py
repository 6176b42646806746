class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
items = [T(1), T(2)]
g = (t.n for t in items)
items = None
print("list name dropped")
print(next(g))
print(list(g))
g = None
print("end")
