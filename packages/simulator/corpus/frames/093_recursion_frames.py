class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def down(k):
    t = T(k)
    if k > 0:
        down(k - 1)
    print("leaving", k)
down(3)
print("end")
