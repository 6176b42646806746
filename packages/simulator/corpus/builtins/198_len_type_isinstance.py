print(len("abc"), len([1, 2]), len({"a": 1}), len((1,)), len(set()), len(range(3, 10)))
print(type(1).__name__, type("s").__name__, type([]).__name__, type(None).__name__, type(1.0).__name__)
print(type(3) is int, type(True) is bool, isinstance(True, int), isinstance(3, (str, float)))
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple))
