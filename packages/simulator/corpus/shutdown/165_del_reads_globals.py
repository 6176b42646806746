class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n, "sees", MESSAGE)
MESSAGE = "global-still-here"
t = T(1)
u = T(2)
print("end")
