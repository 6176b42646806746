x = -3 - 2
y = -3 - 3
print(x is -5, y == -6)
s = "hel"
s += "lo"
print(s == "hello", s is "hello")
print([] is [], () is (), "" is "")
n = 256
m = n + 0
print(m is 256, (n + 1) == 257)
