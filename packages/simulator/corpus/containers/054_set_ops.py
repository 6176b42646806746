a = {1, 2, 3}
b = {3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
a.add(10)
a.discard(1)
a.remove(2)
print(sorted(a), len(a), 3 in a)
print(set(), {5, 5, 5}, sorted(set([3, 1, 2])))
print({1, 2} <= {1, 2, 3}, {1} == {1})
try:
    a.remove(99)
except KeyError as e:
    print("KeyError", e)
