// simulate() never throws and always stops: limits end runs with a clear error value.
import { describe, expect, it } from "vitest";
import { simulate } from "./run";

describe("limits and bad input", () => {
  it("stops an infinite loop at the step limit, keeping the partial trace", () => {
    const r = simulate("while True:\n    pass\n", { maxSteps: 1000 });
    expect(r.error).toMatchObject({ type: "LimitExceeded", limit: "steps" });
    expect(r.exitCode).toBe(1);
    expect(r.trace!.stepCount).toBeGreaterThan(900);
  });

  it("stops runaway allocation at the object limit", () => {
    const r = simulate("xs = []\nwhile True:\n    xs.append([1])\n", { maxObjects: 2000, trace: false });
    expect(r.error).toMatchObject({ type: "LimitExceeded", limit: "objects" });
  });

  it("stops unbounded output", () => {
    const r = simulate("while True:\n    print('x' * 100)\n", { maxOutputChars: 10_000, trace: false });
    expect(r.error).toMatchObject({ type: "LimitExceeded", limit: "output" });
  });

  it("stops long loops inside builtins", () => {
    const r = simulate("print(sum(range(10**12)))\n", { maxSteps: 10_000, trace: false });
    expect(r.error).toMatchObject({ type: "LimitExceeded" });
  });

  it("raises RecursionError like CPython", () => {
    const r = simulate("def f(n):\n    return f(n + 1)\nf(0)\n", { trace: false });
    expect(r.exitCode).toBe(1);
    expect(r.stderr.trim().split("\n").pop()).toBe("RecursionError: maximum recursion depth exceeded");
    expect(r.stderr).toContain("[Previous line repeated");
  });

  it.each([
    ["huge nesting", "x = " + "(".repeat(3000) + "1" + ")".repeat(3000) + "\n"],
    ["binary garbage", "\u0000\u0001\uffff def (((( class"],
    ["huge power", "x = 10 ** 10 ** 10\n"],
    ["recursive repr", "class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())\n"],
  ])("never throws on %s", (_name, src) => {
    const r = simulate(src, { maxSteps: 20_000 });
    expect(r.exitCode).not.toBe(0);
    expect(r.error).not.toBeNull();
  });

  it("accepts a non-string source without throwing", () => {
    expect(simulate(42 as unknown as string).stdout).toBe("");
  });

  it("prints uncaught exceptions as CPython does", () => {
    const r = simulate("def f(d):\n    return d['k']\nf({})\n", { trace: false });
    expect(r.stderr).toBe(
      'Traceback (most recent call last):\n  File "main.py", line 3, in <module>\n    f({})\n' +
        "  File \"main.py\", line 2, in f\n    return d['k']\nKeyError: 'k'\n",
    );
    expect(r.error).toMatchObject({ type: "PythonError", pythonType: "KeyError", line: 2 });
  });
});
