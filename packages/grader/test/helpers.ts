// Builds questions for kind tests and grades answers through the public API (real simulator).
import { expect } from "vitest";
import { grade, kinds, prepareQuestion, type GradeResult, type PreparedQuestion } from "../src/index";

export function question(kind: string, program: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { formatVersion: 1, kind, prompt: "Answer the question.", program, ...fields };
}

export function prepared(q: unknown): PreparedQuestion {
  const p = prepareQuestion(q);
  if (!p.ok) throw new Error(`question is invalid: ${JSON.stringify(p.errors)}`);
  return p;
}

export function keyAnswer(q: unknown): unknown {
  const p = prepared(q);
  return kinds[p.question.kind].keyAnswer(p.key);
}

export function expectFull(q: unknown, answer: unknown = keyAnswer(q)): GradeResult {
  const r = grade(q, answer);
  expect(r.malformed, r.feedback).toBeUndefined();
  expect(r.score, r.feedback).toBe(r.maxScore);
  expect(r.misconceptions).toEqual([]);
  return r;
}

export function expectPartial(q: unknown, answer: unknown): GradeResult {
  const r = grade(q, answer);
  expect(r.malformed, r.feedback).toBeUndefined();
  expect(r.score, r.feedback).toBeGreaterThan(0);
  expect(r.score, r.feedback).toBeLessThan(r.maxScore);
  return r;
}

export function expectZero(q: unknown, answer: unknown): GradeResult {
  const r = grade(q, answer);
  expect(r.malformed, r.feedback).toBeUndefined();
  expect(r.score, r.feedback).toBe(0);
  return r;
}

export function expectMalformed(q: unknown, answer: unknown): GradeResult {
  const r = grade(q, answer);
  expect(r.malformed?.length).toBeGreaterThan(0);
  expect(r.score).toBe(0);
  expect(r.feedback).toContain("could not be read");
  return r;
}

export function errorsOf(q: unknown): string {
  const p = prepareQuestion(q);
  return p.ok ? "" : p.errors.map((e) => `${e.path}: ${e.message}`).join("\n");
}
