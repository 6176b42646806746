class A:
    def __init__(self):
        self.trail = ["A"]
    def describe(self):
        return "A"
class B(A):
    def __init__(self):
        super().__init__()
        self.trail.append("B")
    def describe(self):
        return "B>" + super().describe()
class C(B):
    def __init__(self):
        super().__init__()
        self.trail.append("C")
    def describe(self):
        return "C>" + super().describe()
c = C()
print(c.trail, c.describe())
