class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __len__(self):
        return self.size
    def __repr__(self):
        parts = []
        cur = self.head
        while cur is not None:
            parts.append(repr(cur.value))
            cur = cur.next
        return "[" + " -> ".join(parts) + "]"
ll = LinkedList()
for v in (3, "x", 1.5):
    ll.push(v)
print(ll, len(ll))
