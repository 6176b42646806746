print({k: v for k, v in zip("abc", range(3))})
print({x % 3 for x in range(10)})
print({w: len(w) for w in ["aa", "b", "ccc"]})
print(sorted({n * n for n in [-2, -1, 0, 1, 2]}))
