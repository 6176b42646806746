def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("gen finally")
for v in gen():
    if v == 2:
        break
    print(v)
print("after")
