# Objects kept alive by a cache dict until their entries are removed.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
cache = {}
def get(key):
    if key not in cache:
        cache[key] = T(key)
    return cache[key]
x = get("a")
y = get("a")
print(x is y)
get("b")
del cache["a"]
print("removed a from cache")
x = y = None
print("names cleared")
cache.pop("b")
print("end")
