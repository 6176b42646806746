# str.center with odd margins, % with precisions on strings and ints, and format specs.
for w in range(3, 9):
    print(repr("ab".center(w)), repr("abc".center(w, "*")), repr(f"{'ab':^{w}}"), repr("{:^{}}".format("abc", w)))
print("hello world foo".title(), "HELLO".capitalize(), "a1b2".upper(), "MiXeD".swapcase(), "  x ".strip(" x"))
print("%-6.2f|%6.1e|%06d|%+.3d|%x|%X|%o|%5.1s|" % (3.14159, 12345.6, -42, 7, 255, 255, 8, "abc"))
print(f"{255:#b} {255:#X} {-7:>5d} {7:<5d}| {3.0:.0e} {0.000012345:.3g} {123456789.0:.4g} {1.0:g} {1e-4:g} {1e-5:g}")
print(f"{'x':<3}|{'x':>3}|{'x':^4}|{5:^5}|{-5:^6}|{'%':*^5}")
print("%.2s|%-6.3s|%.0s|%8.4d|%-8.3x|%.5o|%+.2d|% .3d|%.3r" % ("hello", "world", "x", -42, 255, 8, 3, 4, "ab"))
