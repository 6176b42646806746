# while/for with else, break and continue, and conditional expressions.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("i", i)
else:
    print("no break")
n = 3
while n:
    n -= 1
else:
    print("while else", n)
for c in "abc":
    pass
print(c)
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
total = 0
for i in range(10, 0, -2):
    total += i
print(total)
squares = []
for x in range(5):
    if x % 2 == 0:
        squares.append(x ** 2)
    elif x == 3:
        squares.append(-1)
    else:
        pass
print(squares)
x = 10
y = 20 if x > 5 else 30
z = x > 5 and "big" or "small"
print(y, z, x if x else None, not x, x and 0, 0 or [] or "last")
