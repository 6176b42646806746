# A user iterator, and a mutable class attribute shared by every instance.
class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
print(list(Countdown(3)), [x for x in Countdown(2)], sum(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
for x in c:
    print("never")
class Box:
    items = []
    def add(self, x):
        self.items.append(x)
b1, b2 = Box(), Box()
b1.add(1)
b2.add(2)
print(b1.items, Box.items, b1.items is b2.items)
b1.items = ["own"]
print(b1.items, b2.items)
print(isinstance(b1, (int, Box)), type(b1) == Box, type(b1) is Box, issubclass(Box, object) if False else "")
print(getattr(b1, "items"), getattr(b1, "nope", "dflt"), hasattr(b1, "add"))
setattr(b1, "z", 5)
print(b1.z)
