class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
c = C(5)
m = c.get
print(m())
c.v = 6
print(m(), C.get(c))
