class K:
    def __init__(self, v):
        self.v = v
    def __del__(self):
        print("key freed", self.v)
def key(v):
    return (v, K(v))
xs = [3, 1, 2]
ys = sorted(xs, key=key)
print(ys)
print(max(xs, key=key))
