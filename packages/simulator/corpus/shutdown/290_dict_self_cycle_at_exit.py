# A self-referencing dict left in a global at exit: finalizers in the collector's order.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
d = {}
d[1] = [T(i) for i in range(4)]
d[0] = d
print("end")
