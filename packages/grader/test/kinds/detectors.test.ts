// Detectors not covered by the per-kind files: each wrong answer maps to the belief behind it.
import { describe, expect, it } from "vitest";
import { expectZero, keyAnswer, question } from "../helpers";

describe("more misconception detectors", () => {
  it("gc-frees-reachable: a cycle a global still reaches survives gc.collect()", () => {
    const program = `import gc
class N:
    pass
a = N()
a.me = a
keep = [a]
del a
gc.collect()
print(len(keep))
`;
    const q = question("when-freed", program, { object: { created: { line: 4 } } });
    expect(keyAnswer(q)).toEqual({ freed: "never" });
    expect(expectZero(q, { freed: "gc", line: 8 }).misconceptions).toEqual(["gc-frees-reachable"]);
  });

  it("container-owns: popping from a list does not free what a name still holds", () => {
    const program = `class N:
    pass
xs = [N(), N()]
last = xs[1]
xs.pop()
last = None
print(len(xs))
`;
    const q = question("when-freed", program, { object: { created: { line: 3, type: "N", allocation: 2 } } });
    expect(keyAnswer(q)).toEqual({ freed: "line", line: 6, execution: 1 });
    expect(expectZero(q, { freed: "line", line: 5 }).misconceptions).toEqual(["container-owns"]);
  });

  it("except-var-lives: the exception is released at the end of the handler", () => {
    const program = `try:
    raise ValueError("bad")
except ValueError as e:
    print("caught")
print("after")
`;
    const q = question("alive", program, { at: { at: "after-line", line: 5 }, items: [{ id: "err", label: "the ValueError", object: { created: { line: 2, type: "ValueError" } } }] });
    expect(keyAnswer(q)).toEqual({ alive: [] });
    expect(expectZero(q, { alive: ["err"] }).misconceptions).toEqual(["except-var-lives"]);
  });

  it("closure-copies: a closure's cell keeps the object alive", () => {
    const program = `def outer():
    data = [1, 2]
    def inner():
        return len(data)
    return inner
f = outer()
print(f())
`;
    const q = question("alive", program, { at: { at: "after-line", line: 6 }, items: [{ id: "data", label: "the list data", object: { created: { line: 2 } } }] });
    expect(keyAnswer(q)).toEqual({ alive: ["data"] });
    expect(expectZero(q, { alive: [] }).misconceptions).toContain("closure-copies");
  });

  it("del-destroys: deleting one name leaves the object alive through another", () => {
    const program = `class N:
    pass
a = N()
b = a
del a
print(b)
`;
    const q = question("alive", program, { at: { at: "after-line", line: 5 }, items: [{ id: "n", label: "the N", object: { created: { line: 3 } } }] });
    expect(expectZero(q, { alive: [] }).misconceptions).toEqual(["del-destroys"]);
  });
});
