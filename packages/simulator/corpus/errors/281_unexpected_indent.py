# A line indented deeper than the block it is in: CPython refuses the whole file.
total = 0
for n in [1, 2, 3]:
    total += n
        print("running total", total)
print(total)
