import { describe, expect, it } from "vitest";
import { errorsOf, expectFull, expectMalformed, expectPartial, expectZero, keyAnswer, question } from "../helpers";

const NODE = `class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
`;
// lines:     5                6                    7                8          9            10
const ALIAS = NODE + `a = Node("a")
b = a
items = [a]
del a
b = None
items.pop()
print("end")
`;

describe("when-freed", () => {
  const q = question("when-freed", ALIAS, { object: { created: { line: 5, type: "Node" } } });

  it("derives the key from the trace: freed at the pop, by reference counting", () => {
    expect(keyAnswer(q)).toEqual({ freed: "line", line: 10, execution: 1 });
  });
  it("right: full marks, line as a number or as text", () => {
    expectFull(q);
    expectFull(q, { freed: "line", line: "10" });
  });
  it("wrong: del-destroys at the del line", () => {
    const r = expectZero(q, { freed: "line", line: 8 });
    expect(r.misconceptions).toEqual(["del-destroys"]);
    expect(r.parts[0]?.step).toBeGreaterThan(0);
    expect(r.feedback).toContain("`del` destroys");
  });
  it("wrong: gc-later when the student waits for a collector", () => {
    expect(expectZero(q, { freed: "never" }).misconceptions).toEqual(["gc-later"]);
  });
  it("partial: right line, wrong mechanism", () => {
    expect(expectPartial(q, { freed: "gc", line: 10 }).score).toBe(0.5);
  });
  it("malformed answers", () => {
    expectMalformed(q, { freed: "soon" });
    expectMalformed(q, { freed: "line" });
    expectMalformed(q, "line 10");
  });

  const CYCLE = NODE + `import gc
x = Node("x")
y = Node("y")
x.peer = y
y.peer = x
del x
del y
gc.collect()
print("done")
`;
  const cq = question("when-freed", CYCLE, { object: { created: { line: 6, type: "Node" } } });
  it("cycles: freed by the collector; refcount-cycles detected", () => {
    expect(keyAnswer(cq)).toMatchObject({ freed: "gc", line: 12 });
    expectFull(cq);
    expect(expectZero(cq, { freed: "line", line: 11 }).misconceptions).toEqual(["refcount-cycles"]);
    expect(expectPartial(cq, { freed: "line", line: 12 }).misconceptions).toEqual(["refcount-cycles"]);
  });

  const LOOP = NODE + `keep = []
for i in range(3):
    n = Node(str(i))
    keep.append(n)
print(len(keep))
`;
  const lq = question("when-freed", LOOP, { object: { created: { line: 7, type: "Node", allocation: 3 } } });
  it("survivors: never freed before the end; loop and scope beliefs detected", () => {
    expect(keyAnswer(lq)).toEqual({ freed: "never" });
    expect(expectZero(lq, { freed: "line", line: 6, execution: 4 }).misconceptions).toEqual(["loop-var-gone"]);
    expect(expectZero(lq, { freed: "line", line: 8, execution: 3 }).misconceptions).toEqual(["scope-end-frees"]);
  });

  const RET = NODE + `def make():
    t = Node("t")
    Node("tmp")
    return t
kept = make()
print(kept.name)
`;
  it("return-frees and temp-lives", () => {
    const made = question("when-freed", RET, { object: { created: { line: 6, type: "Node" } } });
    expect(expectZero(made, { freed: "line", line: 8 }).misconceptions).toEqual(["return-frees"]);
    const temp = question("when-freed", RET, { object: { created: { line: 7, type: "Node" } } });
    expect(keyAnswer(temp)).toEqual({ freed: "line", line: 7, execution: 1 });
    expect(expectZero(temp, { freed: "line", line: 8 }).misconceptions).toEqual(["temp-lives"]);
  });

  it("small ints are never freed: small-int-new", () => {
    const q2 = question("when-freed", "x = 5\nx = None\nprint(x)\n", { object: { name: "x", at: { at: "after-line", line: 1 } } });
    expect(keyAnswer(q2)).toEqual({ freed: "never" });
    expect(expectZero(q2, { freed: "line", line: 2 }).misconceptions).toEqual(["small-int-new"]);
  });

  it("needs the execution when the line runs several times", () => {
    const rebound = question("when-freed", LOOP.replace("keep.append(n)", "pass"), { object: { created: { line: 7, type: "Node", allocation: 1 } } });
    expect(keyAnswer(rebound)).toEqual({ freed: "line", line: 7, execution: 2 });
    expect(expectPartial(rebound, { freed: "line", line: 7 }).score).toBe(0.5);
    expect(expectPartial(rebound, { freed: "line", line: 7, execution: 1 }).feedback).toContain("2nd execution");
  });

  it("validation: ambiguous and missing objects", () => {
    expect(errorsOf(question("when-freed", ALIAS, { object: { created: { line: 6 } } }))).toContain("never creates a new object");
    expect(errorsOf(question("when-freed", LOOP, { object: { created: { line: 7, type: "Node", allocation: 4 } } }))).toContain("only 3");
    expect(errorsOf(question("when-freed", "xs = [[1], [2]]\n", { object: { created: { line: 1 } } }))).toContain("say which one");
    expect(errorsOf(question("when-freed", "print(1/0)\n", { object: { created: { line: 1 } } }))).toContain("ZeroDivisionError");
  });
});
