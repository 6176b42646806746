class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class MyError(Exception):
    def __del__(self):
        print("exception freed")
def f():
    t = T("frame-local")
    raise MyError("oops")
try:
    f()
except MyError as e:
    print("handling", e)
print("after handler")
