import { describe, expect, it } from "vitest";
import { errorsOf, expectFull, expectMalformed, expectPartial, expectZero, keyAnswer, question } from "../helpers";

const PROGRAM = `a = [1, 2]
b = a
c = list(a)
d = [a, a]
e = d[:]
n = 200
m = 200
def f(p):
    return p
print(f(a))
`;
const items = [
  { id: "ab", ask: "relation", a: "a", b: "b" },
  { id: "ac", ask: "relation", a: "a", b: "c" },
  { id: "de", ask: "relation", a: "d", b: "e" },
  { id: "d0e1", ask: "relation", a: "d[0]", b: "e[1]" },
  { id: "nm", ask: "relation", a: "n", b: "m" },
  { id: "c0", ask: "relation", a: "c", b: "d" },
  { id: "ae", ask: "mutation", mutate: "a", observe: "e" },
  { id: "ca", ask: "mutation", mutate: "c", observe: "a" },
];
const q = question("identity", PROGRAM, { at: { at: "after-line", line: 7 }, items });

describe("identity", () => {
  it("derives is / == / different and mutation visibility", () => {
    expect(keyAnswer(q)).toEqual({ answers: { ab: "same", ac: "equal", de: "equal", d0e1: "same", nm: "same", c0: "different", ae: "seen", ca: "not-seen" } });
  });
  it("right", () => expectFull(q));
  it("assign-copies, container-copies, small-int-new, is-equals, rebind-mutates", () => {
    const r = expectPartial(q, { answers: { ab: "equal", ac: "same", de: "equal", d0e1: "equal", nm: "equal", c0: "different", ae: "not-seen", ca: "seen" } });
    expect(r.misconceptions.sort()).toEqual(["assign-copies", "container-copies", "is-equals", "rebind-mutates", "small-int-new"]);
    expect(r.score).toBe(0.25);
  });
  it("arg-copies across frames", () => {
    const fq = question("identity", PROGRAM, { at: { at: "return", function: "f" }, items: [{ id: "pa", ask: "relation", a: "p", b: "a" }] });
    expect(keyAnswer(fq)).toEqual({ answers: { pa: "same" } });
    expect(expectZero(fq, { answers: { pa: "equal" } }).misconceptions).toEqual(["arg-copies"]);
  });
  it("follows dict entries and attributes in paths", () => {
    const program = "class B:\n    pass\nb = B()\nb.items = [1]\nh = {'k': b.items, 2: [1]}\nprint(h)\n";
    const dq = question("identity", program, { at: { at: "after-line", line: 5 }, items: [{ id: "x", ask: "relation", a: 'h["k"]', b: "b.items" }, { id: "y", ask: "relation", a: "h[2]", b: "b.items" }] });
    expect(keyAnswer(dq)).toEqual({ answers: { x: "same", y: "equal" } });
  });
  it("malformed", () => {
    expectMalformed(q, { answers: { ab: "maybe" } });
    expectMalformed(q, { ab: "same" });
  });
  it("validation: paths that do not exist", () => {
    expect(errorsOf({ ...q, items: [{ id: "x", ask: "relation", a: "a[5]", b: "b" }] })).toContain("has no [5]");
    expect(errorsOf({ ...q, items: [{ id: "x", ask: "relation", a: "a + b", b: "b" }] })).toContain("not a name");
  });
});
