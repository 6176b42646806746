def check(v):
    if v < 0:
        raise ValueError("negative: " + str(v))
    return v
for v in (1, -2):
    try:
        print(check(v))
    except ArithmeticError:
        print("arith")
    except Exception as e:
        print(type(e).__name__, e)
try:
    [][0]
except LookupError as e:
    print("lookup", type(e).__name__)
try:
    {}["k"]
except LookupError as e:
    print("lookup", type(e).__name__, e)
try:
    1 // 0
except ArithmeticError as e:
    print("arith", e)
