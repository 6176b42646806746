# Repeating a sequence by an int too big for an index raises OverflowError.
for f in [lambda: 2 ** 70 * (1, 2), lambda: "ab" * 2 ** 64, lambda: [0] * -2 ** 80]:
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError:", e)
