# True division of big ints is correctly rounded; too-large results raise OverflowError.
print(10**400 // 10**399, 10**400 / 10**399, (2**60 + 1) / 3, -(2**80) / 7, 2**1100 / 3**500, 1 / 3, 7 / -2, 10**17 / 3)
print(12345678901234567891 / 10, (10**30 + 7) / (10**12 + 3))
try:
    print(10**400 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10**400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
print([1] * 0, (1, 2) * -1)
class T:
    pass
try:
    [1] * T()
except TypeError as e:
    print(e)
try:
    T() * "ab"
except TypeError as e:
    print(e)
print(2 ** 0.5, (-8) ** 2, 2.0 ** -2)
