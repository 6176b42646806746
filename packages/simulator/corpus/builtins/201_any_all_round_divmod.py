print(any([0, "", None]), any([0, 1]), all([1, "x"]), all([1, 0]))
print(divmod(9, 4), divmod(-9, 4), divmod(9, -4))
print(round(3.14159, 2), round(2.5), round(-2.5), round(5))
