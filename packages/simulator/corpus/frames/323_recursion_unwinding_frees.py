# Each recursive frame's local is freed as an exception unwinds through it, and on normal returns.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def rec(k):
    t = T(k)
    if k == 3:
        raise ValueError("deep")
    rec(k + 1)
try:
    rec(0)
except ValueError:
    print("caught")
print("after")
def rec2(k):
    t = T("r%d" % k)
    if k == 2:
        return "bottom"
    return rec2(k + 1)
print(rec2(0))
