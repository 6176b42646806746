class T:
    def __init__(self, n):
        self.n = n
        if n < 0:
            raise ValueError("negative")
    def __del__(self):
        print("del", self.n)
try:
    t = T(-1)
except ValueError as e:
    print("failed:", e)
print("after")
ok = T(1)
print("end")
