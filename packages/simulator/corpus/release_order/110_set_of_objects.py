class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del")
s = {T(1), T(2)}
s = None
print("end")
