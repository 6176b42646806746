# Sets of ints whose hashes collide (-1 and -2): display order of literals, add() and comprehensions.
s = set(); s.add(-1); s.add(-2); s.add(0)
print(s, {-1, -2, 0}, {-1, -2}, set([-1, -2, 0]), {x for x in [-1, -2, 0]})
a = -1
b = -2
print({a, b, 0}, {a, b}, {b, a})
print({-1, -2, 0, 5}, {8, 0}, {0, 8}, {16, 8, 0})
