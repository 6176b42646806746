class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def walk(name):
    t = T(name)
    yield t.n + "-1"
    yield t.n + "-2"
gens = {"a": walk("a"), "b": walk("b")}
print(next(gens["a"]), next(gens["b"]))
del gens["a"]
print("a removed")
print(list(gens["b"]))
print("end")
