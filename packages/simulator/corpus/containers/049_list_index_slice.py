xs = list(range(10))
print(xs[0], xs[-1], xs[2:5], xs[:3], xs[7:], xs[::3], xs[::-2], xs[-3:-1])
print(xs[5:2], xs[100:], xs[-100:2])
try:
    xs[10]
except IndexError as e:
    print(e)
