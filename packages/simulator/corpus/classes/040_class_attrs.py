class Dog:
    species = "canis"
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
a = Dog("rex")
b = Dog("fido")
print(a.species, b.species, Dog.count)
a.species = "wolf"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
