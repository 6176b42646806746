# CPython compiles "..." % (a, b) with only %s/%r/%a units (width and precision of at most two
# digits) into an f-string: no tuple is built and each temporary is freed once formatted.
# Other formats (%d, a three-digit width, a count mismatch) stay a % operation on a tuple.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def __str__(self):
        return "s" + self.n
    def __repr__(self):
        return "r" + self.n
print("%s %s" % (T("a"), T("b")))
print("%5s|%-4s|" % (T("c"), T("d")))
print("%.1s,%r" % (T("e"), T("f")))
print("a%%b%s%a" % (T("g"), T("h")))
print("%05s %+s" % (T("i"), T("j")))
print("%123s %s" % (T("k"), T("l")))
print("%12s|%.12s" % (T("m"), T("n")))
print("%d %s" % (1, T("o")))
print("%s" % (T("p"),), "%s" % T("q"))
try:
    print("%s %s" % (T("r"),))
except TypeError as e:
    print(e)
x = "%s-%s" % (T("s").n, T("t").n)
print(x)
