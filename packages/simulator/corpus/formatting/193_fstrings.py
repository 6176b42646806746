name = "Ada"
n = 7
x = 3.14159
print(f"{name} has {n} items")
print(f"{x:.2f} {n:3d}|{n:<4}|{n:>4}|{n:^5}|{n:05d}")
print(f"{name!r} {n * 2} {[1, 2]} {'nested'}")
print(f"{1/3:.3} {1234567:,} {0.5:%} {255:x} {n:b}")
print(f"{{literal}} {name:>8}|{name:*^9}")
