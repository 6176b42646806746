# str.format with attribute/index fields and nested specs, % with a mapping, !a conversions.
class P:
    def __init__(self):
        self.x = 3
        self.items = ["a", "b"]
p = P()
d = {"k": 5, "name": "Ann"}
print("{0.x} {0.items[1]} {1[k]}".format(p, d), "{name:>6}|{k:03}".format(**d))
print("%(name)s is %(k)d" % d, "%s" % (1,), "%s %s" % ("a", [1]), "%%", "%5s|%-5s|" % ("ab", "cd"))
print(f"{'q'!a} {'é'!a} {d['name']!r:>8} {p.x * 2 = }" if False else f"{'q'!a} {'é'!a} {d['name']!r:>8}")
print(format(1234567, ","), format(1234567, "_"), format(0.5, "%"), format(42, "b"), format(255, "#x"), format(8, "#o"))
print(f"{1_000_000:,}", f"{3:*^9}", f"{-42:010}", f"{42:+}", f"{'abc':.2}", f"{12.5:08.3f}", f"{True}", f"{None!s}")
print("{:,.2f}".format(1234567.891), "{:e}".format(0.000123), "{:.3%}".format(0.12345), "{!r}".format("x"))
print("{}{}".format("a", 1), "{0}{1}{0}".format("x", "y"), "{a}-{b}".format(a=1, b=2), "{:>{w}}".format("r", w=4))
