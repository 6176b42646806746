// Property tests over random programs from the subset: the simulator never throws, reports its
// limits as LimitExceeded values, and every live object's reference count equals the number of
// references the trace shows.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { simulate, type PythonVersion, type RunResult, type Trace } from "../src/index";
import { program } from "./gen/programs";

const profile = fc.constantFrom<PythonVersion>("3.11", "3.14");
const OPTS = { maxSteps: 20_000 };

function wellFormed(r: RunResult): void {
  expect([0, 1, 2]).toContain(r.exitCode);
  expect(r.exitCode === 0).toBe(r.error === null);
  expect(r.shutdownOutputStart).toBeGreaterThanOrEqual(0);
  expect(r.shutdownOutputStart).toBeLessThanOrEqual(r.stdout.length);
}

/** Up to `count` step indexes spread over the run, always including the first and last. */
function sampleSteps(trace: Trace, count: number): number[] {
  const n = trace.stepCount;
  if (n <= count) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: count }, (_, k) => Math.round((k * (n - 1)) / (count - 1)));
}

/** Returns how many objects were checked, so that the test can tell it was not vacuous. */
function checkRefcounts(trace: Trace, steps: number[]): number {
  let checked = 0;
  for (const i of steps) {
    for (const obj of trace.stateAt(i).objects) {
      if (obj.immortal !== null) continue;
      checked++;
      const referrers = trace.referrersAt(obj.id, i);
      expect({ step: i, id: obj.id, type: obj.type, refcount: obj.refcount })
        .toEqual({ step: i, id: obj.id, type: obj.type, refcount: referrers.length });
      expect(trace.refcountAt(obj.id, i)).toBe(obj.refcount);
    }
  }
  return checked;
}

describe("random programs", () => {
  it("never throw a JavaScript exception (untraced)", () => {
    fc.assert(fc.property(program, profile, (src, python) => {
      wellFormed(simulate(src, { ...OPTS, python, trace: false }));
    }), { numRuns: 150 });
  });

  it("keep reference counts consistent with the trace's references", () => {
    let checked = 0;
    fc.assert(fc.property(program, profile, (src, python) => {
      const r = simulate(src, { ...OPTS, python });
      wellFormed(r);
      expect(r.trace).not.toBeNull();
      if (r.trace) checked += checkRefcounts(r.trace, sampleSteps(r.trace, 12));
    }), { numRuns: 60 });
    expect(checked).toBeGreaterThan(500);
  });

  it("never run past a step limit silently", () => {
    fc.assert(fc.property(program, profile, fc.integer({ min: 1, max: 200 }), (src, python, maxSteps) => {
      const r = simulate(src, { python, maxSteps });
      wellFormed(r);
      const limited = r.error?.type === "LimitExceeded";
      // The step limit counts executed lines ("line" steps), like a line tracer would.
      const trace = r.trace;
      if (trace && !limited) {
        let lines = 0;
        for (let i = 0; i < trace.stepCount; i++) if (trace.step(i).kind === "line") lines++;
        expect(lines).toBeLessThanOrEqual(maxSteps);
      }
    }), { numRuns: 80 });
  });

  it("survive arbitrary text", () => {
    const junk = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.array(fc.constantFrom("def", "(", ")", ":", "\n", "    ", "x", "=", "lambda", "yield", "class", "[", "]", "'", "\"", "*", "1", "if", "else", "for", "in"), { maxLength: 60 }).map((t) => t.join(" ")),
    );
    fc.assert(fc.property(junk, profile, (src, python) => {
      wellFormed(simulate(src, { python, trace: false }));
    }), { numRuns: 300 });
  });
});

describe("limits are reported, not hit silently", () => {
  const limitOf = (r: RunResult) => (r.error?.type === "LimitExceeded" ? r.error.limit : null);

  it("an infinite loop stops at the step limit with a partial trace", () => {
    const r = simulate("n = 0\nwhile True:\n    n += 1\n", { maxSteps: 500 });
    expect(limitOf(r)).toBe("steps");
    expect(r.exitCode).toBe(1);
    expect(r.trace?.stepCount ?? 0).toBeGreaterThan(0);
  });

  it("too many live objects stop at the object limit", () => {
    const r = simulate("class T:\n    pass\nxs = []\nwhile True:\n    xs.append(T())\n", { maxObjects: 300, trace: false });
    expect(limitOf(r)).toBe("objects");
  });

  it("too much output stops at the output limit", () => {
    const r = simulate("while True:\n    print('x' * 50)\n", { maxOutputChars: 2000, trace: false });
    expect(limitOf(r)).toBe("output");
    expect(r.stdout.length).toBeLessThan(2000 + 100); // at most one print past the limit
  });

  it("deep recursion raises RecursionError like CPython", () => {
    const r = simulate("def f(n):\n    return f(n + 1)\nf(0)\n", { recursionLimit: 60, trace: false });
    expect(r.error?.type).toBe("PythonError");
    expect(r.stderr.trim().split("\n").pop()).toBe("RecursionError: maximum recursion depth exceeded");
  });

  it("deeply nested source is an error value, not a crash", () => {
    for (const src of ["x = " + "(".repeat(5000) + "1" + ")".repeat(5000), "x = " + "[".repeat(20000), "if x:\n".repeat(3000) + "  pass\n"]) {
      wellFormed(simulate(src, { trace: false }));
    }
  });
});
