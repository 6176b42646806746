xs = [1, 2, 3]
print(2 in xs, 5 in xs, 5 not in xs)
print("a" in "cat", "at" in "cat", "k" in {"k": 1}, 1 in {"k": 1})
print((1, 2) in [(1, 2)], 3 in range(5), 3 in {1, 2, 3})
class E:
    def __eq__(self, other):
        return True
print(E() in [1], 1 in [E()])
