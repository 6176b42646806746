class N:
    def __init__(self, name, kids):
        self.name = name
        self.kids = kids
    def __del__(self):
        print("free", self.name)
tree = N("root", [N("l", [N("ll", []), N("lr", [])]), N("r", [])])
print("built")
tree = None
print("end")
