print(int("42"), int("-7"), int(" 12 "), int("ff", 16), int("101", 2))
print(str(12), repr("q"), str(True), str(None))
print(int(True), float(False), bool(-1))
print(abs(-5), abs(3), -(-4))
