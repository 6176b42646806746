class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
for t in [T(1), T(2), T(3)]:
    print("loop", t.n)
print("after loop, t is", t.n)
t = None
print("end")
