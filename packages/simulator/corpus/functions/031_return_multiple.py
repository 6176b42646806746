def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, mean = stats([4, 8, 6])
print(lo, hi, mean)
def nothing():
    pass
print(nothing())
def early(n):
    if n < 0:
        return "neg"
    return "non-neg"
print(early(-1), early(1))
