class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def risky(i):
    t = T(i)
    if i % 2:
        raise ValueError(i)
    return i
errors = []
for i in range(4):
    try:
        risky(i)
    except ValueError as e:
        errors.append(e)
print("errors kept:", len(errors))
errors.pop(0)
print("first dropped")
errors.clear()
print("end")
