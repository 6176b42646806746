# An error converted to another three calls deep, uncaught.
def a():
    b()
def b():
    c()
def c():
    try:
        int("x")
    except ValueError:
        raise TypeError("converted")
a()
