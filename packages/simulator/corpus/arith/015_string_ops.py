s = "ab"
print(s * 3, 3 * s, s * 0, s * -1 == "")
print("x" + "y" + "z")
print("abc"[1], "abc"[-1], "abcdef"[1:4], "abcdef"[::2], "abcdef"[::-1])
print("Hello".upper(), "Hello".lower(), " pad ".strip(), "a,b,c".split(","))
print("-".join(["1", "2", "3"]), "abcabc".count("b"), "abc".find("c"), "abc".find("z"))
print("hello world".replace("o", "0"), "abc".startswith("ab"), "abc".endswith("bc"))
print("Title case".title(), "x".isdigit(), "12".isdigit(), "  x  ".lstrip(), "ab".rstrip("b"))
print("a b  c".split(), "abc".index("b"), "%d" % 5)
