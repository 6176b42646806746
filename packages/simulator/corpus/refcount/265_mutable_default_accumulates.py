class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def collect(x, bucket=[]):
    bucket.append(T(x))
    return len(bucket)
print(collect(1), collect(2), collect(3, []))
print("before del")
del collect
print("end")
