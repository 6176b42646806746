import type { MemoryState, ObjectView, Trace } from "@heapwise/simulator";

/** A synthetic state: `n` list objects, each holding the next, all named from the global frame. */
export function bigState(n: number, step = 0): MemoryState {
  const objects: ObjectView[] = Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    type: "list",
    kind: "list",
    repr: `[${i}]`,
    refcount: 2,
    immortal: null,
    refs: i + 1 < n ? [{ label: "[0]", target: i + 2 }] : [],
  }));
  const bindings = objects.slice(0, 50).map((o, i) => ({ name: `v${i}`, target: o.id, storage: "global" as const }));
  return {
    step,
    frames: [{ id: 1, functionName: "<module>", line: 1, bindings, temporaries: [] }],
    detachedFrames: [],
    globals: bindings,
    objects,
    output: "",
  };
}

/**
 * A Trace over precomputed states, for rendering benchmarks without the simulator. Step i
 * frees nothing and shifts one repr, so consecutive steps differ like a real run's do.
 */
export function fixtureTrace(n: number, steps: number): Trace {
  const stateAt = (i: number): MemoryState => {
    const s = bigState(n, i);
    const first = s.objects[i % n];
    if (first) first.repr = `[${i}!]`;
    return s;
  };
  return {
    python: "3.14",
    source: "xs = []\n",
    stepCount: steps,
    step: (i) => ({ index: i, kind: "line", line: 1, lineExecution: i + 1, functionName: "<module>", frameId: 1, depth: 1, allocated: [], freed: [], outputLength: 0 }),
    stateAt,
    object: () => undefined,
    objects: () => [],
    aliveAt: () => [],
    refcountAt: () => 0,
    referrersAt: () => [],
    stepsAtLine: () => [],
    stepAfterLine: () => undefined,
    toJSON: () => ({}),
  };
}
