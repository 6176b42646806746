print(hash(1) == hash(1.0), hash(True) == hash(1), hash(42))
print(hash((1, 2)) == hash((1, 2)), hash(-1), hash(0))
try:
    hash([1])
except TypeError as e:
    print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
