for n in range(5):
    print("even" if n % 2 == 0 else "odd", end=" ")
print()
x = None
y = x if x is not None else "default"
print(y)
