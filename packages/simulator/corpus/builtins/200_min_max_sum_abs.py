print(min(4, 2, 8), max([1, 9, 3]), min("bca"), max("hello", "world"))
print(sum([1.5, 2.5]), sum(range(5), 100), abs(-3), abs(-3.5))
print(max([1, 5, 2], key=lambda v: -v), min(["aaa", "b", "cc"], key=len))
print(max([], default="empty"), any([]), all([]))
