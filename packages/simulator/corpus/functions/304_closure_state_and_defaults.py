# State kept alive by a closure cell, and default values kept by lambdas.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def make_counter():
    state = {"obj": T("state")}
    def step():
        return state["obj"].n
    return step
s1 = make_counter()
s2 = make_counter()
print(s1(), s2())
s1 = None
print("s1 gone")
fns = [lambda x=T("dflt%d" % i): x.n for i in range(2)]
print(fns[1]())
fns.pop()
print("popped")
del fns
print("end")
