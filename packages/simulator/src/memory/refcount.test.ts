// Rules 1-4, 6 and 11 of cpython-memory-rules.md (expected output recorded from CPython 3.11.7).
import { describe, expect, it } from "vitest";
import { lines, T_CLASS } from "../test-helpers";

describe("reference counting", () => {
  it("rule 1/2: rebinding frees the old object after the new one exists", () => {
    expect(lines(T_CLASS + 'x = T("a")\nx = T("b")\nprint("rebound")\n')).toEqual(["del a", "rebound", "del b"]);
  });

  it("rule 3: a temporary dies when the stack drops it, before print runs", () => {
    expect(lines(T_CLASS + 'print(T("tmp").n)\nT("stmt")\nprint("end")\n')).toEqual(["del tmp", "tmp", "del stmt", "end"]);
  });

  it("rule 1: a discarded pop result is freed right after the call", () => {
    expect(lines(T_CLASS + 'xs = [T(1), T(2), T(3)]\nxs.pop(1)\nprint("popped")\nxs = None\n')).toEqual(["del 2", "popped", "del 3", "del 1"]);
  });

  it("rule 4: an argument only the callee holds dies with the callee's frame", () => {
    const src = T_CLASS + 'def f(arg):\n    loc = T("loc")\nf(T("arg"))\nprint("returned")\n';
    expect(lines(src, "3.11")).toEqual(["del arg", "del loc", "returned"]);
  });

  it("rule 6: lists and tuples release last to first, dicts in insertion order", () => {
    expect(lines(T_CLASS + "xs = [T(1), T(2), T(3)]\nxs.clear()\nt = (T(4), T(5))\ndel t\n" + 'd = {"a": T("d1"), "b": T("d2")}\ndel d\n'))
      .toEqual(["del 3", "del 2", "del 1", "del 5", "del 4", "del d1", "del d2"]);
  });

  it("rule 6: instance attributes are released in the class's shared key order", () => {
    const src = T_CLASS + 'class P:\n    pass\np = P()\np.a = T("a")\np.b = T("b")\nq = P()\nq.b = T("qb")\nq.a = T("qa")\ndel q\nprint("end")\n';
    expect(lines(src)).toEqual(["del qa", "del qb", "end", "del a", "del b"]);
  });

  it("rule 6: the trashcan defers long chains in 3.11 (not in 3.14)", () => {
    const src = 'class S:\n    def __init__(self, v):\n        self.v = v\n    def __del__(self):\n        print("s" + str(self.v), end=" ")\n' +
      'class N:\n    def __init__(self, v, nxt):\n        self.v = v\n        self.nxt = nxt\n        self.side = S(v)\n' +
      '    def __del__(self):\n        print("n" + str(self.v), end=" ")\nhead = None\nfor i in range(60):\n    head = N(i, head)\nhead = None\nprint()\n';
    const out311 = lines(src, "3.11")[0]!.trim().split(" ");
    // 50 nested frees, then the rest is deferred: s11..s59 come before n9 (recorded from CPython 3.11.7).
    expect(out311.slice(0, 51)).toEqual([...Array(50).keys()].map((k) => "n" + (59 - k)).concat(["s11"]));
    const out314 = lines(src, "3.14")[0]!.trim().split(" ");
    expect(out314.slice(0, 61)).toEqual([...Array(60).keys()].map((k) => "n" + (59 - k)).concat(["s0"]));
  });

  it("rule 11: the loop variable keeps the last item; the iterated list dies at loop end", () => {
    expect(lines(T_CLASS + 'for item in [T("i1"), T("i2")]:\n    pass\nprint("done", item.n)\n')).toEqual(["del i1", "done i2", "del i2"]);
  });

  it("rule 15/16: small ints, folded and shared constants", () => {
    const src = "a = 100\nb = 100\ne = 257\nf = 256 + 1\nn = 200\nprint(a is b, e is f, 'sta' + 'ck' is 'stack', n + 57 is e)\n";
    expect(lines(src)).toEqual(["True True True False"]);
  });
});
