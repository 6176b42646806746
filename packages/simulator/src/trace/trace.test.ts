// The trace and its query API: steps, lifetimes, random access, reference counts, JSON round trip.
import { describe, expect, it } from "vitest";
import { simulate } from "../run";
import { loadTrace, traceJsonSchema } from "./json";
import { T_CLASS } from "../test-helpers";
import { type Trace } from "./types";

const SRC = T_CLASS + 'def f(a):\n    b = [a, a]\n    return len(b)\nx = T("x")\ny = f(x)\nx = None\nprint("end")\n';

function traceOf(src: string): Trace {
  const r = simulate(src, { python: "3.11" });
  expect(r.error).toBeNull();
  return r.trace!;
}

/** Every live object's refcount equals the references the picture shows (names, slots, temporaries). */
function checkConsistent(tr: Trace, i: number): void {
  const st = tr.stateAt(i);
  const count = new Map<number, number>();
  const add = (id: number | null | undefined) => id && count.set(id, (count.get(id) ?? 0) + 1);
  for (const f of [...st.frames, ...st.detachedFrames]) {
    if (f.functionName !== "<module>") for (const b of f.bindings) add(b.cell ?? b.target);
    f.temporaries.forEach(add);
  }
  st.globals.forEach((g) => add(g.target));
  for (const o of st.objects) o.refs.forEach((r) => add(r.target));
  for (const o of st.objects) expect(o.refcount).toBe(count.get(o.id) ?? 0);
}

describe("trace", () => {
  it("records line, call and return steps with line executions", () => {
    const tr = traceOf(SRC);
    const kinds = new Set(Array.from({ length: tr.stepCount }, (_, i) => tr.step(i).kind));
    expect([...kinds].sort()).toEqual(["call", "end", "line", "return"]);
    const at8 = tr.stepsAtLine(8);
    expect(at8.length).toBe(1);
    expect(tr.step(at8[0]!).functionName).toBe("f");
    expect(tr.step(at8[0]!).lineExecution).toBe(1);
  });

  it("knows where names live and what they point to", () => {
    const tr = traceOf(SRC);
    const inF = tr.stepsAtLine(8)[0]!; // `return len(b)`: a and b are bound in f's frame
    const st = tr.stateAt(inF);
    const f = st.frames[st.frames.length - 1]!;
    expect(f.functionName).toBe("f");
    const b = f.bindings.find((x) => x.name === "b")!;
    const list = st.objects.find((o) => o.id === b.target)!;
    expect(list.type).toBe("list");
    expect(list.refs.map((r) => r.label)).toEqual(["[0]", "[1]"]);
    const x = st.globals.find((g) => g.name === "x")!;
    expect(list.refs[0]!.target).toBe(x.target);
    expect(tr.refcountAt(x.target!, inF)).toBe(4); // global x, local a, two list slots
    const via = tr.referrersAt(x.target!, inF).map((r) => r.via).sort();
    expect(via).toEqual(["global", "name", "object", "object"]);
  });

  it("gives lifetimes: created and freed at which line and why", () => {
    const tr = traceOf(SRC);
    const ts = tr.objects().filter((o) => o.type === "T");
    expect(ts).toHaveLength(1);
    expect(ts[0]!.createdLine).toBe(9);
    expect(ts[0]!.freed).toMatchObject({ line: 11, reason: "refcount", lineExecution: 1 });
    const lists = tr.objects().filter((o) => o.type === "list");
    expect(lists[0]!.freed?.line).toBe(8);
  });

  it("the last step is after the last statement; program-end frees come after it", () => {
    const tr = traceOf(T_CLASS + 'g = T("g")\nprint("end")\n');
    const last = tr.stepCount - 1;
    expect(tr.step(last).kind).toBe("end");
    const g = tr.objects().find((o) => o.type === "T")!;
    expect(tr.aliveAt(last)).toContain(g.id);
    expect(tr.stateAt(last).globals.map((b) => b.name)).toEqual(["T", "g"]);
    expect(g.freed).toMatchObject({ reason: "program-end", step: tr.stepCount });
  });

  it("reference counts add up at every step", () => {
    const tr = traceOf(SRC + "import gc\nclass C:\n    pass\nc = C()\nc.me = c\ndef g():\n    z = [1]\n    yield z\nit = g()\nnext(it)\n");
    for (let i = 0; i < tr.stepCount; i++) checkConsistent(tr, i);
  });

  it("round-trips through JSON and the zod schema", () => {
    const tr = traceOf(SRC);
    const json = JSON.parse(JSON.stringify(tr.toJSON())) as unknown;
    expect(traceJsonSchema.safeParse(json).success).toBe(true);
    const back = loadTrace(json);
    expect(back.stepCount).toBe(tr.stepCount);
    expect(back.stateAt(back.stepCount - 1)).toEqual(tr.stateAt(tr.stepCount - 1));
    expect(() => loadTrace({ format: "nope" })).toThrow();
  });

  it("stepAfterLine finds the step after a line finished", () => {
    const tr = traceOf(SRC);
    const s = tr.stepAfterLine(11, 1)!; // after `x = None`
    expect(tr.step(s).line).toBe(12);
    expect(tr.stepAfterLine(11, 2)).toBeUndefined();
  });

  it("stays compact and random access works from checkpoints", () => {
    const tr = traceOf("total = 0\nfor i in range(3000):\n    total += i\nprint(total)\n");
    const bytes = JSON.stringify(tr.toJSON()).length;
    expect(bytes / tr.stepCount).toBeLessThan(200);
    const mid = tr.stateAt(3001);
    const last = tr.stateAt(tr.stepCount - 1);
    expect(mid.globals.map((g) => g.name)).toEqual(["total", "i"]);
    expect(last.output).toBe("4498500\n");
  });
});
