import { describe, expect, it } from "vitest";
import { answersCorrectly } from "../src/answers";
import { loadBank, pickByKind } from "../src/bank";
import { DEMO_ACCOUNTS, DEMO_COURSES, DEMO_QUIZZES } from "../src/data";

describe("demo data", () => {
  it("refers only to accounts and courses it defines", () => {
    const accounts = new Set(DEMO_ACCOUNTS.map((a) => a.key));
    const courses = new Set(DEMO_COURSES.map((c) => c.id));
    for (const c of DEMO_COURSES) for (const [key] of c.members) expect(accounts.has(key)).toBe(true);
    for (const q of DEMO_QUIZZES) {
      expect(courses.has(q.courseId)).toBe(true);
      for (const a of q.attempts) expect(accounts.has(a.student)).toBe(true);
      expect(q.attempts.every((a) => a.number <= q.attemptsAllowed)).toBe(true);
    }
  });

  it("uses a bank holding every question kind, each file valid", () => {
    const bank = loadBank();
    const kinds = new Set(bank.map((q) => q.definition.kind));
    expect([...kinds].sort()).toEqual(["alive", "draw-memory", "identity", "output", "refcount", "when-freed", "where-lives"]);
  });

  it("picks distinct questions by kind", () => {
    const bank = loadBank();
    const picked = pickByKind(bank, ["output", "output", "alive"]);
    expect(new Set(picked.map((q) => q.slug)).size).toBe(picked.length);
    expect(picked.map((q) => q.definition.kind)).toContain("alive");
  });

  it("decides right/wrong answers deterministically, with both outcomes", () => {
    const outcomes = [1, 2, 3, 4, 5].flatMap((s) => [0, 1, 2, 3].map((i) => answersCorrectly(`student${s}`, i, 1)));
    expect(outcomes).toEqual([1, 2, 3, 4, 5].flatMap((s) => [0, 1, 2, 3].map((i) => answersCorrectly(`student${s}`, i, 1))));
    expect(outcomes).toContain(true);
    expect(outcomes).toContain(false);
  });
});
