# Custom exception classes, re-raise, raise from None, finally with break, and an uncaught custom error.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(AppError):
    pass
def find(k):
    raise NotFound(404, "no " + k)
try:
    find("x")
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e), isinstance(e, Exception))
try:
    try:
        find("y")
    except NotFound:
        raise
except Exception as e:
    print("reraised", e)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        [][0]
    finally:
        print("finally before propagate")
except (IndexError, KeyError) as e:
    print("tuple except", type(e).__name__)
def f():
    try:
        return 1
    finally:
        print("cleanup f")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("fin", i)
    return i
print(g())
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
raise NotFound(500, "final")
