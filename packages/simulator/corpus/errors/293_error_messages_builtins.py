# Exact error messages of common mistakes, caught one by one.
def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("chr", lambda: chr(-1))
attempt("join", lambda: "-".join(5))
attempt("max", lambda: max([]))
attempt("min", lambda: min(x for x in []))
attempt("sorted", lambda: sorted([3, "a"]))
attempt("repeat", lambda: [0] * 2.5)
attempt("float", lambda: 10 ** 400 * 1.0)
attempt("divide", lambda: 10 ** 400 / 7)
attempt("descr", lambda: str.upper(5))
xs = [1, 2, 3]
def slice_assign():
    xs[0:1] = 7
attempt("slice", slice_assign)
print(xs, 10 ** 400 // 10 ** 398, 10 ** 30 / 10 ** 28, (2 ** 60 + 1) / 3)
