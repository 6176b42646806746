class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def gen():
    t = T("held")
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup")
g = gen()
print(next(g))
g = None
print("generator dropped")
