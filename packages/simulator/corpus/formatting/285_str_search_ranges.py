# str search methods with start/end, tuple prefixes and the less common splitters.
s = "hello world, hello moon"
print(s.find("hello", 1), s.find("o", 5, 8), s.rfind("l", 0, 5), s.index("moon", -6))
print(s.count("l", 3), s.count("l", 3, 10), "aaaa".count("aa"), "abc".count("", 1))
print(s.startswith(("hi", "he")), s.startswith("world", 6), s.endswith("hello", 0, 18))
print("abc".find("", 3), "abc".find("", 4), s.rindex("hello"))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".rpartition("="))
print("a\nb\r\nc\n".splitlines(), "a\nb\n".splitlines(True))
print("  x  y  z ".split(None, 1), "  x  y  ".rsplit(None, 1), "a,b,c".rsplit(",", 1))
print(int("0x1f", 16), int("ff", 16), int("0b101", 0), int("-0o17", 8), int(" 42 "))
print("Report.txt".removesuffix(".txt"), "TestCase".removeprefix("Test"), "Hello World".istitle())
print("col1\tcol2".expandtabs(6) + "|", "ABC".casefold())
try:
    s.index("mars")
except ValueError as e:
    print("ValueError:", e)
try:
    "a-b".partition("")
except ValueError as e:
    print("ValueError:", e)
