# When a display or a builtin fails part-way, everything it had taken is still released: the
# partial dict/set, the items not yet added, the iterators already made (rules 1 and 3).
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def t(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__)
t("set", lambda: {T("a"), [T("b")]})
t("sorted", lambda: sorted([T("c"), T("d")]))
t("sort", lambda: [T("e"), T("f")].sort())
t("sum", lambda: sum([T("g"), T("h")]))
t("join", lambda: ",".join([T("i")]))
t("dict", lambda: dict([(T("j"), 1), [T("k")]]))
t("min", lambda: min([T("l"), T("m")], key=lambda o: o.zz))
t("tuple", lambda: tuple(T("n")))
t("list+", lambda: [T("o")] + T("p"))
t("unpack", lambda: [*T("q")])
t("kwargs", lambda: dict(**{T("r"): 1}))
t("set.add", lambda: set().add([T("s")]))
t("dk", lambda: {}.get([T("t")]))
t("in", lambda: [T("u")] in {1: 2})
t("idx", lambda: [1][T("v")])
t("zip", lambda: list(zip([T("w")], T("x"))))
t("enum", lambda: enumerate(T("y")))
t("max", lambda: max(T("q2"), T("r2")))
t("map", lambda: {[T("h2")]: T("i2")})
print("done")
