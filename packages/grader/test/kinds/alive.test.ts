import { describe, expect, it } from "vitest";
import { errorsOf, expectFull, expectMalformed, expectPartial, expectZero, keyAnswer, question } from "../helpers";

const PROGRAM = `class Box:
    pass

def make():
    tmp = Box()
    keep = Box()
    return keep

boxes = []
for i in range(3):
    boxes.append(Box())
first = boxes.pop(0)
kept = make()
boxes.clear()
print(len(boxes))
`;
const items = [
  { id: "first", label: "first loop Box", object: { created: { line: 11, type: "Box", allocation: 1 } } },
  { id: "second", label: "second loop Box", object: { created: { line: 11, type: "Box", allocation: 2 } } },
  { id: "tmp", label: "tmp", object: { created: { line: 5, type: "Box" } } },
  { id: "keep", label: "keep", object: { created: { line: 6, type: "Box" } } },
];
const q = question("alive", PROGRAM, { at: { at: "after-line", line: 14 }, items });

describe("alive", () => {
  it("derives which objects are alive", () => {
    expect(keyAnswer(q)).toEqual({ alive: ["first", "keep"] });
  });
  it("right in any order", () => {
    expectFull(q, { alive: ["keep", "first"] });
  });
  it("partial: one per item; return-frees when a returned object is marked dead", () => {
    const r = expectPartial(q, { alive: ["first"] });
    expect(r.score).toBe(0.75);
    expect(r.misconceptions).toContain("return-frees");
    expect(r.parts.find((p) => p.id === "keep")?.feedback).toContain("alive");
  });
  it("temp-lives / gc-later when freed objects are marked alive", () => {
    const r = expectPartial(q, { alive: ["first", "keep", "tmp", "second"] });
    expect(r.score).toBe(0.5);
    expect(r.misconceptions).toContain("gc-later");
  });
  it("container-owns: an object popped from a list but still named", () => {
    const r = expectZero(q, { alive: ["second", "tmp"] });
    expect(r.misconceptions).toContain("container-owns");
  });
  it("malformed", () => {
    expectMalformed(q, { alive: "first" });
    expectMalformed(q, ["first"]);
  });
  it("validation: object not created yet, point that never happens", () => {
    expect(errorsOf({ ...q, at: { at: "after-line", line: 9 } })).toContain("does not exist yet");
    expect(errorsOf({ ...q, at: { at: "after-line", line: 14, execution: 2 } })).toContain("runs only 1 time");
    expect(errorsOf({ ...q, at: { at: "return", function: "nothing" } })).toContain("never returns");
  });

  const CYCLE = `class N:
    pass
a = N()
b = N()
a.other = b
b.other = a
del a, b
x = 1
`;
  it("refcount-cycles: a cycle with no names is still alive before a collection", () => {
    const cq = question("alive", CYCLE, { at: { at: "after-line", line: 7 }, items: [{ id: "a", label: "the first N", object: { created: { line: 3 } } }] });
    expect(keyAnswer(cq)).toEqual({ alive: ["a"] });
    expect(expectZero(cq, { alive: [] }).misconceptions).toContain("refcount-cycles");
  });

  const GEN = `def gen():
    data = [1, 2, 3]
    for x in data:
        yield x

g = gen()
first = next(g)
print(first)
`;
  it("generator-frees-locals: a suspended generator keeps its locals", () => {
    const gq = question("alive", GEN, { at: { at: "after-line", line: 7 }, items: [{ id: "data", label: "the list data", object: { created: { line: 2, type: "list" } } }] });
    expect(keyAnswer(gq)).toEqual({ alive: ["data"] });
    expect(expectZero(gq, { alive: [] }).misconceptions).toContain("generator-frees-locals");
  });
});
