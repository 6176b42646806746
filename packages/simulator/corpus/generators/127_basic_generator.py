def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
for v in count_up(4):
    print(v)
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("stop")
print(list(count_up(3)), sum(count_up(5)))
