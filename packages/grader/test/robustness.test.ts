// grade() never throws on student input: junk is reported as malformed, odd-but-valid answers are scored.
import { describe, expect, it } from "vitest";
import { grade } from "../src/index";
import { bankQuestions } from "./bank";

const junk: unknown[] = [null, undefined, 0, "x", [], {}, { frames: null }, { places: { a: 1 } }, { alive: [1] }, { answers: null }, { output: {} }, { count: 1.5 }, { freed: "gc" }];
const oddButValid: unknown[] = [
  { frames: [{ function: "nowhere", bindings: [{ name: "x", target: "missing" }] }, { function: "<module>", bindings: [] }], objects: [{ id: "a", type: "list", refs: [{ label: "[0]", target: "a" }, { label: "[0]", target: "zz" }] }, { id: "a", type: "int", value: "1" }] },
  { places: { nosuchitem: "heap" } },
  { alive: ["nosuchitem", "nosuchitem"] },
  { answers: { nosuchitem: "same" } },
  { count: 99999, referrers: ["", "[0]", "x.y.z"] },
  { freed: "line", line: 99999, execution: 50 },
  { output: "\n\n\n" },
];

describe("robustness", () => {
  it.each(bankQuestions().map((b) => [b.name, b.json] as const))("%s: junk and odd answers never throw", (_name, json) => {
    for (const a of [...junk, ...oddButValid]) {
      const r = grade(json, a);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(r.maxScore);
      expect(Number.isFinite(r.score)).toBe(true);
    }
  });
});
