class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f():
    t = T("in-traceback")
    raise ValueError("kept")
saved = None
try:
    f()
except ValueError as e:
    saved = e
print("handler done, frame locals still alive")
saved = None
print("exception dropped")
