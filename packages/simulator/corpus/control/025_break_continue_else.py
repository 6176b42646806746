for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print(i)
else:
    print("no break")
for i in range(3):
    pass
else:
    print("completed", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
print("end", n)
