# any() stops a generator early; the generator's cleanup runs when it is dropped.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def gen():
    try:
        yield T("y1")
        yield T("y2")
    finally:
        print("gen cleanup")
print(any(t.n == "y1" for t in gen()))
print("after any")
g = gen()
first = next(g)
g = None
print("g dropped", first.n)
first = None
def squares():
    for i in range(3):
        yield i * i
total = sum(squares())
print(total, [x for x in squares() if x], list(zip(squares(), "abc")))
