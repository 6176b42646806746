x = 5
del x
try:
    print(x)
except NameError as e:
    print("err:", e)
a, b = 1, 2
del a, b
print("done")
