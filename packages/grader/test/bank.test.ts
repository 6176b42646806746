// Every bank question: its right answer earns full marks, its wrong answer loses points and names a misconception.
import { describe, expect, it } from "vitest";
import { grade, kinds, prepareQuestion, studentView } from "../src/index";
import { bankAnswer, bankQuestions } from "./bank";

describe.each(bankQuestions().map((b) => [b.name, b.json] as const))("bank: %s", (name, json) => {
  it("the right answer (written by hand from CPython's rules) matches the derived key", () => {
    const p = prepareQuestion(json);
    expect(p.ok, JSON.stringify(!p.ok && p.errors)).toBe(true);
    const r = grade(json, bankAnswer(name, "right"));
    expect(r.score, `${r.feedback}\nkey: ${p.ok ? JSON.stringify(kinds[p.question.kind].keyAnswer(p.key)) : ""}`).toBe(r.maxScore);
  });
  it("the student view holds no part of the key", () => {
    const view = studentView(json, 42) as unknown as Record<string, unknown>;
    expect(Object.keys(view).every((k) => ["kind", "title", "prompt", "program", "python", "memoryModel", "points", "at", "moment", "items"].includes(k))).toBe(true);
    expect(JSON.stringify(view.items)).not.toMatch(/"(place|places|alive|truth|count|freed|referrers|key|graph|answers)"/);
  });
  it("the wrong answer loses points and is explained", () => {
    const r = grade(json, bankAnswer(name, "wrong"));
    expect(r.malformed).toBeUndefined();
    expect(r.score).toBeLessThan(r.maxScore);
    expect(r.misconceptions.length, r.feedback).toBeGreaterThan(0);
    expect(r.parts.some((p) => p.score < p.max && p.feedback.length > 0)).toBe(true);
  });
});
