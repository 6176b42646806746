def nums(n):
    for i in range(n):
        print("produce", i)
        yield i
def squares(src):
    for x in src:
        yield x * x
for v in squares(nums(3)):
    print("got", v)
