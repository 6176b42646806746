s = "Hello, World"
print(s.lower().count("l"), s.split(", "), s.partition(","), s.upper())
print("{:>6}|{:<6}|{:^6}|".format("a", "b", "c"))
print("x".join("abc"), "abc".center(7, "*"), "5".zfill(3))
print("line1\nline2".splitlines(), "CamelCase".islower(), "abc".isalpha())
print("abc" * 2 + "!", "ab" in "cab")
