# ascii() and !a escape every non-ASCII character.
print(ascii("héllo ☃ ∑"), f"{'é'!a}", "{!a}".format("ü"), ascii([1, "ß"]))
