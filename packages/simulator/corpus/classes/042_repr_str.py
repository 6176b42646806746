class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "V(" + repr(self.x) + ")"
class W:
    def __str__(self):
        return "a W"
    def __repr__(self):
        return "<W>"
print(V(1), [V("a"), V(2)], repr(V(3)), str(V(4)))
print(W(), [W()], f"{W()}", f"{W()!r}")
