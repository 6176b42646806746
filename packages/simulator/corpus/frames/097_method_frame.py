class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Worker:
    def run(self, arg):
        tmp = T("tmp")
        other = T("other")
        return arg.n
w = Worker()
print(w.run(T("arg")))
print("end")
