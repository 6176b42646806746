# sum() of floats: 3.12+ adds with a compensation term, so it can differ from a loop of +=.
prices = [0.1] * 10
total = 0.0
for p in prices:
    total += p
print(total)
print(sum(prices))
print(sum([0.1, 0.2, 3, 0.3, 0.4]))
print(sum([1e100, 1.0, -1e100, 1.0]))
print(sum([1, 2, 3]), sum([0.5, 0.25], 1), sum([], 0.0))
print(sum([float("inf"), 1.0]), sum([True, True, 0.5]))
