def running_total():
    total = 0
    while True:
        x = yield total
        if x is None:
            return
        total += x
g = running_total()
print(next(g))
print(g.send(5))
print(g.send(10))
try:
    g.send(None)
except StopIteration:
    print("finished")
