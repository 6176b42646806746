words = ["pear", "Apple", "fig", "banana"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: w.lower()))
print(sorted([3, 1, 2], reverse=True), list(reversed([1, 2, 3])), list(reversed(range(4))))
nums = [5, 2, 9]
nums.sort(key=lambda v: -v)
print(nums)
pairs = [(2, "b"), (1, "z"), (2, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
