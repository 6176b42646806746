class Bad:
    def __del__(self):
        print("bad del starts")
        raise RuntimeError("ignored")
b = Bad()
b = None
print("program continues")
