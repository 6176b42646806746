e = 257
f = 256 + 1
print(e is f)
g = 10 ** 3
h = 1000
print(g is h)
part = "sta"
print("sta" + "ck" is "stack")
print(part + "ck" is "stack", part + "ck" == "stack")
