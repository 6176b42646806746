# str.replace with an empty pattern inserts before every character and at the end.
print("x".replace("", "-"), "abc".replace("", "|", 2), "abc".replace("", "|", 0), "".replace("", "*"), "ab".replace("", ".", 5), "abc".replace("", "|", 3), "abc".replace("", "|", 4))
