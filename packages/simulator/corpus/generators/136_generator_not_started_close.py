class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def gen(arg):
    try:
        yield arg.n
    finally:
        print("finally")
g = gen(T("arg"))
print("created")
g = None
print("dropped unstarted")
