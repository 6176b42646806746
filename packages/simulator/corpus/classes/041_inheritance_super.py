class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def kind(self):
        return "animal"
class Cat(Animal):
    def __init__(self, name, lives):
        super().__init__(name)
        self.lives = lives
    def speak(self):
        return super().speak() + " (meow)"
c = Cat("tom", 9)
print(c.speak(), c.kind(), c.lives)
print(isinstance(c, Animal), isinstance(c, Cat), isinstance(Animal("x"), Cat))
print(type(c).__name__, type(c) is Cat)
