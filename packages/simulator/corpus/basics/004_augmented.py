n = 10
n += 5
n -= 3
n *= 2
n //= 5
n %= 3
n **= 4
print(n)
s = "ab"
s *= 3
print(s)
xs = [1]
ys = xs
xs += [2, 3]
print(ys, xs is ys)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
