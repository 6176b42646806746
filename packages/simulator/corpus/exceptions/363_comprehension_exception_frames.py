# An exception raised inside a comprehension: in 3.11 the traceback keeps the comprehension's own
# frame, and with it the loop variable and the iterator, alive until the exception is dropped.
# In 3.12+ (PEP 709) the comprehension has no frame: its variable is put back, and the iterator
# dropped, before the exception leaves it.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def run():
    try:
        return [10 // t.n for t in [T(1), T(0), T(2)]]
    except ZeroDivisionError as e:
        return e
err = run()
print("got", type(err).__name__)
del err
print("dropped")
def caught():
    try:
        d = {t.n: 1 // t.n for t in (T(5), T(0))}
    except ZeroDivisionError:
        print("caught")
    print("after")
caught()
print("end")
