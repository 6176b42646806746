print(1 == True, 0 == False, 2 == 2.0, 1 is True)
print(max([3, 1, 2]), min("xyz"), sum([1, 2, 3]), sum([0.5, 0.25]))
print(sum(range(101)), sum([1, 2], 10))
print(max(1, 5, 3), min((4, 2), (4, 1)))
