# A local read only by a comprehension: a closure cell in 3.11, a plain local of the frame in
# 3.12+ (comprehensions are inlined, PEP 709), which changes the order the frame releases it in.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f():
    x = T("x")
    ys = [x.n + str(i) for i in range(2)]
    d = {k: T(k) for k in "ab"}
    print("made", ys, sorted(d))
    return len(d)
print(f())
print("end")
