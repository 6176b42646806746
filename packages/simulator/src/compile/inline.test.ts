// PEP 709: list/dict/set comprehensions inlined into the enclosing frame (the 3.14 profile).
import { describe, expect, it } from "vitest";
import { simulate } from "../run";
import { lines, T_CLASS } from "../test-helpers";
import { type PythonVersion, type Trace } from "../trace/types";

function traceOf(src: string, python: PythonVersion): Trace {
  const r = simulate(src, { python });
  expect(r.error).toBeNull();
  return r.trace!;
}

const steps = (t: Trace) => Array.from({ length: t.stepCount }, (_, i) => i);
const frameNames = (t: Trace, i: number) => t.stateAt(i).frames.map((f) => f.functionName);
const namesOf = (t: Trace, i: number, fn: string) =>
  t.stateAt(i).frames.find((f) => f.functionName === fn)?.bindings.filter((b) => b.target !== null).map((b) => b.name) ?? [];

/** Every live object's count equals the references the trace shows for it. */
function expectConsistent(t: Trace): void {
  for (const i of steps(t)) {
    for (const o of t.stateAt(i).objects) if (o.immortal === null) expect(t.referrersAt(o.id, i).length).toBe(o.refcount);
  }
}

const FN = "def f(a):\n    b = [a * i for i in range(3)]\n    return b\nf(2)\n";

describe("inlined comprehensions (PEP 709)", () => {
  it("3.14: no comprehension frame; the loop variable is a name of f only while it runs", () => {
    const t = traceOf(FN, "3.14");
    const inside = t.stepsAtLine(2).filter((i) => namesOf(t, i, "f").includes("i"));
    expect(inside.length).toBe(3); // a line event on each backward jump of the loop
    for (const i of steps(t)) expect(frameNames(t, i)).not.toContain("<listcomp>");
    for (const i of t.stepsAtLine(3)) expect(namesOf(t, i, "f")).toEqual(["a", "b"]);
    // While it runs, the list being built and the range iterator are f's temporaries.
    expect(t.stateAt(inside[0]!).frames.at(-1)!.temporaries.length).toBe(2);
    expectConsistent(t);
  });

  it("3.11: the comprehension runs in its own <listcomp> frame", () => {
    const t = traceOf(FN, "3.11");
    const comp = steps(t).filter((i) => frameNames(t, i).at(-1) === "<listcomp>");
    // As sys.settrace reports it in CPython 3.11: call, a line event, one per iteration, return.
    expect(comp.map((i) => t.step(i).kind)).toEqual(["call", "line", "line", "line", "line", "return"]);
    expect(comp.map((i) => namesOf(t, i, "<listcomp>").includes("i"))).toEqual([false, false, true, true, true, true]);
    expect(steps(t).every((i) => !namesOf(t, i, "f").includes("i"))).toBe(true);
  });

  it("3.14: a module-level comprehension's variable shows in the module frame, then goes", () => {
    const t = traceOf("ys = [y * 2 for y in [1, 2]]\nprint(ys)\n", "3.14");
    const during = t.stepsAtLine(1).filter((i) => namesOf(t, i, "<module>").includes("y"));
    expect(during.length).toBe(2);
    for (const i of t.stepsAtLine(2)) expect(namesOf(t, i, "<module>")).toEqual(["ys"]);
    expectConsistent(t);
  });

  it("generator expressions keep their own frame in 3.14", () => {
    const t = traceOf("g = (x for x in [1, 2])\nprint(next(g))\n", "3.14");
    expect(steps(t).some((i) => frameNames(t, i).includes("<genexpr>"))).toBe(true);
  });

  it("closures over the loop variable still share one cell per comprehension run", () => {
    const src = "fs = [lambda: x for x in range(3)]\nprint([g() for g in fs])\ndef k():\n    return [lambda: y for y in 'ab']\nprint([g() for g in k()])\n";
    for (const v of ["3.11", "3.14"] as const) expect(lines(src, v)).toEqual(["[2, 2, 2]", "['b', 'b']"]);
    expectConsistent(traceOf(src, "3.14"));
  });

  it("3.14 binds the result before the loop variable is put back; 3.11 ends the frame first", () => {
    const src = T_CLASS + 'def f():\n    r = T("old")\n    r = [t.n for t in [T("new")]]\nf()\n';
    expect(lines(src, "3.11")).toEqual(["del new", "del old"]);
    expect(lines(src, "3.14")).toEqual(["del old", "del new"]);
  });

  it("3.14 puts an exception's comprehension variables back before it propagates", () => {
    const src = T_CLASS + "def f():\n    return [1 // t.n for t in [T(1), T(0)]]\ntry:\n    f()\nexcept ZeroDivisionError as e:\n    err = e\nprint('caught')\ndel err\n";
    expect(lines(src, "3.11")).toEqual(["caught", "del 1", "del 0"]);
    expect(lines(src, "3.14")).toEqual(["del 1", "del 0", "caught"]);
  });
});
