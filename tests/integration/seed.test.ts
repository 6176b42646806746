import { authorizeCredentials } from "@heapwise/auth";
import { grade } from "@heapwise/grader";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_COURSES, DEMO_PASSWORD, DEMO_QUIZZES, seed, type SeedSummary } from "../../prisma/seed";
import { freshDatabase, type TestDatabase } from "./helpers/database";

let t: TestDatabase;
let first: SeedSummary;
const NOW = new Date("2026-03-01T12:00:00Z");
const TABLES = ["user", "course", "enrollment", "question", "questionVersion", "quiz", "quizItem", "attempt", "response"] as const;

async function snapshot(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    // Every model has either id or a composite key; order by it for a stable comparison.
    const delegate = t.db[table] as unknown as { findMany(args: object): Promise<unknown[]> };
    out[table] = await delegate.findMany({ orderBy: { id: "asc" } });
  }
  return out;
}

beforeAll(async () => {
  t = await freshDatabase();
  first = await seed(t.db, { now: NOW, warn: () => {} });
}, 120_000);
afterAll(() => t?.drop());

describe("seed", () => {
  it("creates the documented accounts and courses", async () => {
    const users = await t.db.user.findMany({ select: { email: true, role: true } });
    expect(users.map((u) => u.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    const courses = await t.db.course.findMany({ select: { name: true, joinCode: true }, orderBy: { name: "asc" } });
    expect(courses).toEqual(DEMO_COURSES.map((c) => ({ name: c.name, joinCode: c.joinCode })));
    expect(await t.db.question.count()).toBeGreaterThan(0);
    const kinds = new Set((await t.db.question.findMany({ select: { kind: true } })).map((q) => q.kind));
    expect(kinds.size).toBe(7);
  });

  it("lets every demo account sign in with the documented password", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await authorizeCredentials(t.db, { email: account.email, password: DEMO_PASSWORD }, "127.0.0.1");
      expect(user).toMatchObject({ email: account.email, role: account.role });
    }
  });

  it("changes nothing when run again", async () => {
    const before = await snapshot();
    await seed(t.db, { now: new Date(NOW.getTime() + 86_400_000), warn: () => {} });
    expect(await snapshot()).toEqual(before);
  }, 120_000);

  it("creates every planned past attempt, with right and wrong answers for the dashboards", async () => {
    const planned = DEMO_QUIZZES.reduce((n, q) => n + q.attempts.length, 0);
    expect(first).toEqual({ attemptsCreated: planned, attemptsSkipped: 0 });
    expect(await t.db.attempt.count({ where: { submittedAt: { not: null } } })).toBe(planned);
    const responses = await t.db.response.findMany();
    expect(responses.some((r) => r.score === r.maxScore)).toBe(true);
    expect(responses.some((r) => r.score < r.maxScore && r.misconceptions.length > 0)).toBe(true);
    expect(await t.db.itemStat.count()).toBeGreaterThan(0);
  });

  it("stores scores the grader gives for the stored answers", async () => {
    const responses = await t.db.response.findMany({ include: { questionVersion: true, quizItem: true } });
    for (const r of responses) {
      // Graded on the quiz item's scale, as the API grades a submission.
      const definition = { ...(r.questionVersion.definition as object), points: r.quizItem.points };
      const result = grade(definition, r.answer, { seed: r.seed });
      expect(r.score).toBe(result.score);
      expect(r.maxScore).toBe(r.quizItem.points);
    }
  });
});
