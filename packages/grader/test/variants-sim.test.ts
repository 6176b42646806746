// Variants re-simulated: determinism, validity of every seed, rejection of bad templates.
import { describe, expect, it } from "vitest";
import { grade, kinds, prepareQuestion, validateQuestion, variantSeed } from "../src/index";
import { bankQuestions } from "./bank";
import { question } from "./helpers";

const refcountTemplate = bankQuestions().find((b) => b.name === "refcount-aliases")?.json as Record<string, unknown>;

describe("variants", () => {
  it("the same (version, user, attempt) always gets the same variant and key", () => {
    const seed = variantSeed("qv-1", "student-7", 1);
    const a = prepareQuestion(refcountTemplate, { seed });
    const b = prepareQuestion(structuredClone(refcountTemplate), { seed });
    expect(a).toEqual(b);
  });

  it("every sampled seed gives a valid variant whose key answer earns full marks", () => {
    const programs = new Set<string>();
    for (let attempt = 1; attempt <= 15; attempt++) {
      const seed = variantSeed("qv-1", `student-${attempt}`, 1);
      const p = prepareQuestion(refcountTemplate, { seed });
      expect(p.ok).toBe(true);
      if (!p.ok) continue;
      programs.add(p.variant.program);
      expect(p.studentView.program).toBe(p.variant.program);
      expect(JSON.stringify(p.studentView)).not.toContain('"key"');
      const r = grade(refcountTemplate, kinds.refcount.keyAnswer(p.key), { seed });
      expect(r.score).toBe(r.maxScore);
    }
    expect(programs.size).toBeGreaterThan(5);
  });

  it("copying a neighbour's answer fails for some neighbours", () => {
    const own = prepareQuestion(refcountTemplate, { seed: variantSeed("qv", "u1", 1) });
    if (!own.ok) throw new Error("invalid");
    const answer = kinds.refcount.keyAnswer(own.key);
    const scores = Array.from({ length: 10 }, (_, i) => grade(refcountTemplate, answer, { seed: variantSeed("qv", `n${i}`, 1) }).score);
    expect(scores.some((s) => s < 1)).toBe(true);
  });

  it("bank templates validate", () => {
    for (const { name, json } of bankQuestions()) {
      const report = validateQuestion(json);
      expect(report.errors, name).toEqual([]);
      expect(report.ok, name).toBe(true);
    }
  });

  it("rejects a template whose variants fail to run, naming the variant", () => {
    const bad = question("output", "xs = [1, 2, 3]\nprint(xs[{{i}}])\n", { template: { params: { i: { type: "int", min: 0, max: 5 } } } });
    const report = validateQuestion(bad);
    expect(report.ok).toBe(false);
    expect(report.errors[0]?.message).toMatch(/variant #\d+ .*IndexError/);
  });

  it("warns when every variant has the same answer", () => {
    const same = question("output", "{{v}} = 1\nprint({{v}})\n", { template: { params: { v: { type: "name", choices: ["a", "b", "c"] } } } });
    expect(validateQuestion(same).warnings[0]).toContain("same answer");
  });

  it("warns when every item has the same answer", () => {
    const q = question("identity", "a = [1]\nb = a\nc = b\n", { at: { at: "after-line", line: 3 }, items: [{ id: "x", ask: "relation", a: "a", b: "b" }, { id: "y", ask: "relation", a: "b", b: "c" }] });
    const report = validateQuestion(q);
    expect(report.ok).toBe(true);
    expect(report.warnings[0]).toContain("same answer");
  });

  it("students with invalid seeds fall back to a valid variant", () => {
    const partly = question("output", "xs = [1, 2, 3]\nprint(xs[{{i}}])\n", { template: { params: { i: { type: "int", min: 0, max: 3 } } } });
    for (let s = 0; s < 20; s++) expect(prepareQuestion(partly, { seed: s }).ok).toBe(true);
  });
});
