s = "  Mixed Case, words  "
print(s.strip().split(" "), s.split(",", 1), "a,b,c".rsplit(",", 1))
print("xxhixx".strip("x"), "ABC".isupper(), "abc".capitalize(), "a-b".replace("-", ""))
print("hello"[1:-1], "hello"[::-1], "ab" * 0 == "", "abc" < "abd" < "b")
print("{}-{}".format("x", 1), "%s=%r" % ("k", "v"), f"{'q'!r:>5}")
print("a" in "abc", "abc".find("c", 1), "aaa".count("aa"), "x".join([]))
