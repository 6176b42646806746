class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
cur = None
for i in range(4):
    cur = T(i)
    print("made", i)
print("loop done")
