// Diagram matching on hand-written graphs: renaming of ids, partial credit, copies, inline values.
import { describe, expect, it } from "vitest";
import { matchGraphs } from "../src/graph/match";
import { scoreGraph } from "../src/graph/score";
import { type MemoryGraph } from "../src/graph/types";

// a = [1, 2]; b = a; def f(xs): ... called as f(a), state inside f.
const key: MemoryGraph = {
  frames: [
    { function: "<module>", bindings: [{ name: "a", target: "o10" }, { name: "b", target: "o10" }] },
    { function: "f", bindings: [{ name: "xs", target: "o10" }, { name: "n", target: "o3" }] },
  ],
  objects: [
    { id: "o10", type: "list", refs: [{ label: "[0]", target: "o1" }, { label: "[1]", target: "o2" }] },
    { id: "o1", type: "int", value: "1", refs: [] },
    { id: "o2", type: "int", value: "2", refs: [] },
    { id: "o3", type: "int", value: "300", refs: [] },
  ],
};

const score = (student: MemoryGraph) => {
  const match = matchGraphs(key, student);
  const r = scoreGraph({ key, student, match, describe: (id) => id, path: (id) => id, hidden: new Map([["<module>", new Set(["f"])]]), step: 3 });
  const total = r.parts.reduce((n, p) => n + p.score, 0);
  const max = r.parts.reduce((n, p) => n + p.max, 0);
  return { ...r, ratio: total / max };
};

const renamed: MemoryGraph = {
  frames: [
    { function: "Global frame", bindings: [{ name: "b", target: "L" }, { name: "a", target: "L" }, { name: "f", target: "F" }] },
    { function: "f", bindings: [{ name: "n", target: "N" }, { name: "xs", target: "L" }] },
  ],
  objects: [
    { id: "N", type: "int", value: "300", refs: [] },
    { id: "L", type: "list", refs: [{ label: "[1]", target: "two" }, { label: "[0]", target: "one" }] },
    { id: "one", type: "int", value: "1", refs: [] },
    { id: "two", type: "int", value: "2", refs: [] },
    { id: "F", type: "function", refs: [] },
  ],
};

describe("draw-memory graph matching", () => {
  it("accepts the true diagram under any renaming and order, ignoring def names", () => {
    const r = score({ ...renamed, objects: renamed.objects.filter((o) => o.id !== "F") });
    expect(r.ratio).toBe(1);
    expect(score(renamed).ratio).toBe(1);
    expect(r.misconceptions).toEqual([]);
  });

  it("detects a copy made by assignment and a copy made by passing an argument", () => {
    const copies: MemoryGraph = {
      frames: [
        { function: "<module>", bindings: [{ name: "a", target: "L" }, { name: "b", target: "L2" }] },
        { function: "f", bindings: [{ name: "xs", target: "L3" }, { name: "n", target: "N" }] },
      ],
      objects: [
        { id: "L", type: "list", refs: [{ label: "[0]", target: "one" }, { label: "[1]", target: "two" }] },
        { id: "L2", type: "list", refs: [] },
        { id: "L3", type: "list", refs: [] },
        { id: "one", type: "int", value: "1", refs: [] },
        { id: "two", type: "int", value: "2", refs: [] },
        { id: "N", type: "int", value: "300", refs: [] },
      ],
    };
    const r = score(copies);
    expect(r.ratio).toBeLessThan(1);
    expect(r.ratio).toBeGreaterThan(0.4);
    expect(r.misconceptions).toContain("arg-copies");
    expect(r.parts.find((p) => p.id === "objects")?.feedback).toContain("drawn twice");
  });

  it("flags values drawn in the frame in the CPython model, with half credit", () => {
    const inline: MemoryGraph = {
      frames: [renamed.frames[0] as MemoryGraph["frames"][number], { function: "f", bindings: [{ name: "xs", target: "L" }, { name: "n", value: "300" }] }],
      objects: renamed.objects.filter((o) => o.id !== "N"),
    };
    const r = score(inline);
    expect(r.misconceptions).toContain("value-on-stack");
    expect(r.parts.find((p) => p.id === "bindings")?.score).toBe(3.5);
  });

  it("gives partial credit and names missing and extra pieces", () => {
    const partial: MemoryGraph = {
      frames: [{ function: "<module>", bindings: [{ name: "a", target: "L" }, { name: "xs", target: "L" }] }],
      objects: [{ id: "L", type: "list", refs: [{ label: "[0]", target: "one" }] }, { id: "one", type: "int", value: "1", refs: [] }],
    };
    const r = score(partial);
    const frames = r.parts.find((p) => p.id === "frames");
    expect(frames?.score).toBe(1);
    expect(frames?.feedback).toContain("Missing f's frame");
    const bindings = r.parts.find((p) => p.id === "bindings");
    expect(bindings?.feedback).toContain("Missing b in the global frame");
    expect(bindings?.feedback).toContain("has no name xs");
    expect(r.ratio).toBeGreaterThan(0);
    expect(r.ratio).toBeLessThan(0.6);
  });

  it("scores an empty drawing zero and never below zero", () => {
    expect(score({ frames: [], objects: [] }).ratio).toBe(0);
    const junk: MemoryGraph = { frames: [{ function: "g", bindings: [{ name: "q", value: "1" }] }], objects: [{ id: "x", type: "dict", refs: [] }] };
    expect(score(junk).ratio).toBe(0);
  });
});

describe("draw-memory global drawn in a function frame", () => {
  it("detects global-in-frame", () => {
    const student: MemoryGraph = {
      frames: [...renamed.frames.slice(0, 1), { function: "f", bindings: [{ name: "n", target: "N" }, { name: "xs", target: "L" }, { name: "a", target: "L" }] }],
      objects: renamed.objects,
    };
    expect(score(student).misconceptions).toContain("global-in-frame");
  });
});
