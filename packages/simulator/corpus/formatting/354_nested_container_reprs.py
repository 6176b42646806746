# repr of nested containers, floats inside containers, ranges, sets and dict views.
print([0.1, 1e16, -0.0, 2.0, 1e-5], {1.5: "a", -0.0: "z"}, ((1,),), [(), ((),)], {(1, 2): [3]}, {"a": {"b": {"c": []}}})
print(str([["x", 'y"']]), repr({"k'": 'v"'}), [True, False], {frozenset({1}): 2})
print(range(3), range(1, 10, 2), range(0), list(range(-3, 3, 2)), repr(range(5)[1:3]) if False else "")
print(set([3, 1, 2]), {"b", "a"} == {"a", "b"}, sorted({"c", "a", "b"}), {10, 5, 100}, {-1, -2, 0})
print({1: 1}.keys(), {1: 2}.values(), {1: 2}.items(), type({}.keys()).__name__)
