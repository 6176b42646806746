class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
results = []
for i in range(3):
    try:
        t = T(i)
        if i == 1:
            raise ValueError(i)
        results.append(i)
    except ValueError as e:
        print("skip", e)
print(results)
