class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
out = ""
for i in range(3):
    out = out + str(T(i).n)
print(out)
