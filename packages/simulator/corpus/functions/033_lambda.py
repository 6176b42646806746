sq = lambda x: x * x
print(sq(7))
pairs = [(1, "b"), (2, "a"), (0, "c")]
print(sorted(pairs, key=lambda p: p[1]))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: "called")())
