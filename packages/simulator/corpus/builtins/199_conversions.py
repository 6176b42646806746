print(list("abc"), list((1, 2)), list({"x": 1}), list(range(3)))
print(tuple([1, 2]), dict([("a", 1)]), set([1, 1, 2]), str(3.5), str([1]))
print(int("7") + int(2.9), float("3") + 1, bool("x"), bool([]))
print(repr(1), repr("s"), repr([1, "s"]), str("s"))
