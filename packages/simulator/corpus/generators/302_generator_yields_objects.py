# A generator that yields new objects: when each one, and the generator's own local, is freed.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def pipeline():
    a = T("stage")
    for i in range(3):
        yield T(i)
    print("pipeline end")
for item in pipeline():
    print("got", item.n)
print("loop done")
g = pipeline()
first = next(g)
print("first", first.n)
del g
print("gen dropped")
del first
print("end")
