t = (1, 2, 3)
print(t[1], t[-1], t[:2], len(t), t + (4,), t * 2, 2 in t, t.index(3), t.count(1))
print((1,), (), tuple([4, 5]), tuple("ab"))
try:
    t[0] = 5
except TypeError as e:
    print(e)
