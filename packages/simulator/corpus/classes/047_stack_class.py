class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return "Stack(" + repr(self._items) + ")"
s = Stack()
for i in range(4):
    s.push(i * i)
print(s, len(s))
print(s.pop(), s.pop(), s)
