// The evaluator's shortcuts (ints kept as JS numbers, int arithmetic and comparison in the loop,
// __init__ entered inline) against CPython's output, recorded from python3 for these programs.
import { describe, expect, it } from "vitest";
import { simulate } from "../run";

const INTS = `a = 2**53 - 1
print(a + 1, a + 2, a * 3, -a - 2, a - -a)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -4 % 2, 0 * -5, a // 3, -(a + 2) % 7, (a + 5) // -2)
print(a + 1 > a, a + 2 == float(a + 2), 3 < 3.5, 10**20 > 1e19, True + True, -True)
print(list(range(a - 2, a + 3)), len(range(0, a + 10, 2**40)))
d = {a + 1: "x", 1.0: "y"}
print(d[2**53], d[1], d[True])
seed = 12345
for _ in range(3):
    seed = (seed * 1103515245 + 12345) % 2147483648
print(seed, seed % 100000, -seed // 7)
`;

const INTS_OUT = `9007199254740992 9007199254740993 27021597764222973 -9007199254740993 18014398509481982
-4 1 -4 -1 0 0 3002399751580330 2 -4503599627370498
True False True True 2 -1
[9007199254740989, 9007199254740990, 9007199254740991, 9007199254740992, 9007199254740993] 8193
x y y
1449466924 66924 -207066704
`;

const INIT = `class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Bad:
    def __init__(self, d):
        self.d = d
        return 1
class Rec:
    def __init__(self, n):
        self.child = Rec(n + 1)
try:
    Bad(D(1))
except TypeError as e:
    print(e)
try:
    Rec(0)
except RecursionError:
    print("recursion")
class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b
p = P(D(2), D(3))
print(p.a.n + p.b.n)
del p
print("end")
`;

const INIT_OUT = "del 1\n__init__() should return None, not 'int'\nrecursion\n5\ndel 2\ndel 3\nend\n";

describe.each(["3.11", "3.14"] as const)("evaluator shortcuts on %s", (python) => {
  it("ints stay exact across the 2^53 boundary (number fast path, BigInt beyond)", () => {
    const r = simulate(INTS, { python, trace: false });
    expect(r.error).toBeNull();
    expect(r.stdout).toBe(INTS_OUT);
  });

  it("__init__ entered inline: bad return value, deep recursion, release order", () => {
    for (const trace of [false, true]) {
      const r = simulate(INIT, { python, trace });
      expect(r.error).toBeNull();
      expect(r.stdout).toBe(INIT_OUT);
    }
  });
});
