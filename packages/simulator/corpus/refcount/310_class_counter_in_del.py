# A class attribute counting live instances, decremented in __del__.
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
    def __del__(self):
        Counter.instances -= 1
        print("bye", self.id, "left", Counter.instances)
objs = [Counter() for _ in range(3)]
print(Counter.instances)
objs.pop(0)
print(Counter.instances)
objs = [Counter()]
print("end", Counter.instances)
