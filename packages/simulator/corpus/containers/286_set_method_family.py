# Set methods with several arguments and non-set iterables; elements held once each.
class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
    def __repr__(self):
        return self.name
a = {1, 2, 3, 4}
print(a.intersection({2, 3, 4}, [3, 4, 5]), a.difference([1], (2,)), a.union([5], (6,)))
print(a.symmetric_difference([4, 5]), a.isdisjoint([7, 8]), a.issubset(range(10)), a.issuperset([1, 2]))
b = set(a)
b.difference_update([1, 2])
b.intersection_update({3, 9})
b.symmetric_difference_update([3, 10])
print(sorted(b))
t = Tag("t")
merged = {1}.union([t, t, t])
print(len(merged))
del t
print("name dropped")
merged = None
print("end")
