class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
xs = [T(0), T(1), T(2)]
xs.pop(1)
print("after pop(1)")
kept = xs.pop()
print("after pop() kept", kept.n)
xs.clear()
print("after clear")
