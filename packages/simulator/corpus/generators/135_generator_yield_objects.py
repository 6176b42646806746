class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def gen():
    for i in range(3):
        yield T(i)
for t in gen():
    print("loop", t.n)
print("after loop")
