def a():
    return 12345
def b():
    return 12345
print(a() is b())
def s1():
    return "hello_world"
def s2():
    return "hello_world"
print(s1() is s2())
big = 12345
print(a() is big)
