# Self-containing containers print with ..., and print's sep/end.
l = [1, 2]
l.append(l)
print(l, len(l))
d = {"a": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
print([[]] * 2, [[1]] * 0)
x = [1, [2, [3, [4]]]]
print(x, str(x), repr(x))
print(1, 2, 3, sep="-", end="!\n")
print("a", "b", sep="")
print()
print("x", end="")
print("y")
print(*[1, 2], sep=", ")
print("multi\nline", 'quote"s', "it's")
print(None, True, 3.0, -0.0, [None, True], {"k": None}, (1,), set(), {1}, frozenset({2}))
