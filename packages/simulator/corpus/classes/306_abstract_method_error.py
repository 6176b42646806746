# Overriding methods, super().__init__, and an uncaught NotImplementedError.
class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError("subclass must implement")
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Square(Shape):
    def __init__(self, s):
        super().__init__("square")
        self.s = s
    def area(self):
        return self.s * self.s
shapes = [Circle(1), Square(2), Circle(0.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
print(max(shapes, key=Shape.area).name)
Shape("blob").describe()
