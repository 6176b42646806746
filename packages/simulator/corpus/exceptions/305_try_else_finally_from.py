# try/except/else/finally with returns, raise ... from, and an uncaught KeyError at the end.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("div by zero")
        return None
    except TypeError as e:
        print("type error:", e)
        raise ValueError("bad input") from e
    else:
        print("ok")
        return result
    finally:
        print("cleanup", a, b)
print(divide(6, 3))
print(divide(1, 0))
try:
    divide("x", 2)
except ValueError as e:
    print("outer", e, type(e.__cause__).__name__)
def nested():
    try:
        return [][1]
    except IndexError:
        return {}["k"]
nested()
