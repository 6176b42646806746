import { describe, expect, it } from "vitest";
import { errorsOf, expectFull, expectMalformed, expectPartial, expectZero, keyAnswer, question } from "../helpers";

const PROGRAM = `counter = 0

def make_adder(n):
    total = [n]
    def add(x):
        total[0] += x
        return total[0]
    return add

adder = make_adder(5)
result = adder(3)
print(result)
`;
const items = [
  { id: "x", ask: "name", name: "x" },
  { id: "xv", ask: "value", name: "x" },
  { id: "total", ask: "name", name: "total", frame: "add" },
  { id: "counter", ask: "name", name: "counter" },
  { id: "adder", ask: "value", name: "adder" },
];
const q = question("where-lives", PROGRAM, { at: { at: "return", function: "add" }, items });

describe("where-lives", () => {
  it("derives places from the frames", () => {
    expect(keyAnswer(q)).toEqual({
      places: { x: { place: "frame", frame: "add" }, xv: { place: "heap" }, total: { place: "cell" }, counter: { place: "global" }, adder: { place: "heap" } },
    });
  });
  it("right, with string shorthands", () => {
    expectFull(q);
    expectFull(q, { places: { x: "frame:add", xv: "heap", total: "cell", counter: "global", adder: "HEAP" } });
  });
  it("value-on-stack, object-in-frame, global-in-frame, cell-is-local, frame-is-heap", () => {
    const r = expectZero(q, { places: { x: "heap", xv: "frame:add", total: "frame:add", counter: "frame:add", adder: "global" } });
    expect(r.misconceptions.sort()).toEqual(["cell-is-local", "frame-is-heap", "global-in-frame", "object-in-frame", "value-on-stack"]);
    expect(r.explanations.length).toBe(5);
  });
  it("partial: half credit for the stack but the wrong frame", () => {
    const r = expectPartial(q, { places: { x: "frame:make_adder", xv: "heap", total: "cell", counter: "global", adder: "heap" } });
    expect(r.score).toBe(0.9);
  });
  it("malformed", () => {
    expectMalformed(q, { places: { x: "attic" } });
    expectMalformed(q, { places: ["heap"] });
  });
  it("simplified model: small values live inline, and the feedback says what CPython does", () => {
    const sq = { ...q, memoryModel: "simplified" };
    expect((keyAnswer(sq) as { places: Record<string, unknown> }).places.xv).toEqual({ place: "frame", frame: "add" });
    const r = expectFull(sq);
    expect(r.feedback).toContain("CPython really keeps every value as an object on the heap");
  });
  it("validation: unknown names", () => {
    expect(errorsOf({ ...q, items: [{ id: "z", ask: "name", name: "zzz" }] })).toContain("zzz is not bound");
  });
});
