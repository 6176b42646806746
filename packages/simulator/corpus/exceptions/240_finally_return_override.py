def f():
    try:
        return "try"
    finally:
        print("cleanup")
def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(f(), g())
def h():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("finally", i)
    return i
print(h())
