def f(kind):
    if kind == 1:
        raise KeyError("k")
    if kind == 2:
        raise TypeError("t")
    raise RuntimeError("r")
for k in (1, 2, 3):
    try:
        try:
            f(k)
        except (KeyError, TypeError) as e:
            print("caught", repr(e))
            raise
    except Exception as outer:
        print("outer", type(outer).__name__)
