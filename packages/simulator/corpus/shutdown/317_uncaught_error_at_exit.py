# An uncaught exception: the failed frame's locals and the globals at exit.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def fail():
    local = T("frame-local")
    raise ValueError("boom")
keep = T("global")
fail()
