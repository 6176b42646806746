class Part:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("part freed", self.n)
class Whole:
    def __init__(self):
        self.a = Part("a")
        self.b = Part("b")
        raise RuntimeError("construction failed")
    def __del__(self):
        print("whole freed")
try:
    w = Whole()
except RuntimeError as e:
    print("caught", e)
print("end")
