# Slicing a dict: 3.11 says slices are unhashable, 3.12+ looks the slice up as a key.
d = {"a": 1}
try:
    del d[0:1]
except KeyError as e:
    print("KeyError", e)
try:
    d[1:2]
except KeyError as e:
    print("KeyError", e)
d[(1, 2)] = "s"
print(d[(1, 2)], len(d))
