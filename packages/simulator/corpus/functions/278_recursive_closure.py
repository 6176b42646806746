def make_counter():
    count = 0
    def step(n):
        nonlocal count
        count += 1
        if n > 0:
            step(n - 1)
        return count
    return step
s = make_counter()
print(s(3), s(0))
