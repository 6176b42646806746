class T:
    def __del__(self):
        print("del starts")
        print(missing_global)
        print("never")
t = T()
del t
print("after del")
