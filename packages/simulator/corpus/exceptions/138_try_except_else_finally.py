def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("error:", e)
        return None
    else:
        print("ok")
        return r
    finally:
        print("finally", a, b)
print(div(6, 3))
print(div(1, 0))
