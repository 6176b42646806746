class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __eq__(self, other):
        return isinstance(other, Bag) and sorted(self.items) == sorted(other.items)
a = Bag([1, 2])
b = Bag([2, 1])
print(len(a), a == b, a != b, a == 5, a is b)
print(bool(Bag([])), bool(a))
print(a in [b], Bag([3]) in [a, b])
