import { describe, expect, it } from "vitest";
import { errorsOf, expectFull, expectMalformed, expectPartial, expectZero, keyAnswer, question } from "../helpers";

const PROGRAM = `xs = [1, 2, 3]
ys = xs
holder = {"data": xs}
pair = (xs, ys)
del ys
print(len(pair))
`;
const q = question("refcount", PROGRAM, { at: { at: "after-line", line: 5 }, object: { created: { line: 1, type: "list" } }, askReferrers: true });

describe("refcount", () => {
  it("counts names, dict values and tuple slots", () => {
    expect((keyAnswer(q) as { count: number }).count).toBe(4);
  });
  it("right, with referrers in any order and any spelling", () => {
    expectFull(q);
    expectFull(q, { count: 4, referrers: ["pair[1]", "holder[\"data\"]", "xs", "pair[0]"] });
  });
  it("partial: right count, some referrers missing or wrong", () => {
    const r = expectPartial(q, { count: 4, referrers: ["xs", "ys"] });
    expect(r.parts.find((p) => p.id === "referrers")?.feedback).toContain("Not references at that point: ys");
  });
  it("refcount-counts-names-only when only names are counted", () => {
    const r = expectZero({ ...q, askReferrers: false }, { count: 1 });
    expect(r.misconceptions).toEqual(["refcount-counts-names-only"]);
  });
  it("refcount-overcount when a deleted name is still counted", () => {
    expect(expectZero({ ...q, askReferrers: false }, { count: 5 }).misconceptions).toEqual(["refcount-overcount"]);
  });
  it("assign-copies when two names are counted as one reference each to separate objects", () => {
    const aq = question("refcount", "a = [1]\nb = a\nc = a\nprint(b)\n", { at: { at: "after-line", line: 3 }, object: { name: "a" } });
    expect(expectZero(aq, { count: 1 }).misconceptions).toEqual(["assign-copies"]);
  });
  it("malformed", () => {
    expectMalformed(q, { count: "four" });
    expectMalformed(q, { count: -1 });
  });
  it("validation: cached objects and dead objects are rejected", () => {
    expect(errorsOf(question("refcount", "x = 5\nprint(x)\n", { at: { at: "end" }, object: { name: "x" } }))).toContain("cached");
    expect(errorsOf(question("refcount", "x = [1]\nx = None\n", { at: { at: "end" }, object: { created: { line: 1 } } }))).toContain("not alive");
  });
});
