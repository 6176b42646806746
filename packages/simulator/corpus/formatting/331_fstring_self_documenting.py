# f-strings with = show the expression's text and its repr.
x = 3
name = "Bo"
items = [1, 2]
print(f"{x=}", f"{x = }", f"{x*2=}", f"{name=}", f"{name=!s}", f"{x=:>4}|", f"{items[0] + 1 = }", f"{3.5=:.2f}")
