# A failed attribute lookup's AttributeError remembers the object (e.obj) and the name (e.name),
# so the object lives until the exception is freed. `del obj.missing` does not set them, and
# hasattr() drops the exception at once.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def attempt(label, fn):
    try:
        fn()
    except AttributeError as e:
        print(label, "caught", e.name)
    print(label, "after")
attempt("load", lambda: T("a").missing)
attempt("method", lambda: T("b").missing())
def delete():
    del T("c").missing
attempt("del", delete)
attempt("getattr", lambda: getattr(T("d"), "missing"))
print(hasattr(T("e"), "x"))
def keep():
    try:
        T("f").missing
    except AttributeError as e:
        return e
err = keep()
print("kept", err.obj.n, err.name)
del err
print("end")
