class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
s = f"{T(1).n}-{T(2).n}"
print(s)
print(f"value {T(3).n if T(4).n > 0 else 0}")
