# An unterminated string is reported before the bracket it leaves open.
names = ["ada", "grace"]
print("hello, names[0])
print("never runs")
