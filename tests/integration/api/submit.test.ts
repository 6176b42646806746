import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANSWERS, as, courseWithQuiz, openTestDb, type CourseFixture, type TestDb } from "./fixtures";

let t: TestDb;
let fx: CourseFixture;

beforeAll(async () => {
  t = await openTestDb("submit");
  fx = await courseWithQuiz(t.db, { students: 5, quiz: { attemptsAllowed: 2 } });
});
afterAll(() => t?.close());

async function answerAll(user: CourseFixture["students"][number], answers: [unknown, unknown]) {
  const caller = as(t.db, user);
  const { attemptId } = await caller.attempt.start({ quizId: fx.quizId });
  for (const [i, item] of fx.items.entries()) await caller.attempt.saveDraft({ attemptId, quizItemId: item.id, answer: answers[i] });
  return { caller, attemptId };
}

const countAttempts = (userId: string) => t.db.attempt.count({ where: { userId, quizId: fx.quizId, submittedAt: { not: null } } });

describe("submit", () => {
  it("grades on the server from stored answers: right 5/5, half + wrong 1/5", async () => {
    const a = await answerAll(fx.students[0]!, [ANSWERS.lenRight, ANSWERS.identityRight]);
    const right = await a.caller.attempt.submit({ attemptId: a.attemptId, idempotencyKey: randomUUID() });
    expect(right).toMatchObject({ score: 5, maxScore: 5 });
    const b = await answerAll(fx.students[1]!, [ANSWERS.lenHalf, ANSWERS.identityWrong]);
    const wrong = await b.caller.attempt.submit({ attemptId: b.attemptId, idempotencyKey: randomUUID() });
    expect(wrong).toMatchObject({ score: 1, maxScore: 5 });
    const stored = await t.db.response.findMany({ where: { attemptId: b.attemptId }, orderBy: { score: "asc" } });
    expect(stored.map((r) => r.score)).toEqual([0, 1]);
  });

  it("records one attempt when the same key is sent twice", async () => {
    const user = fx.students[2]!;
    const { caller, attemptId } = await answerAll(user, [ANSWERS.lenRight, ANSWERS.identityWrong]);
    const key = randomUUID();
    const first = await caller.attempt.submit({ attemptId, idempotencyKey: key });
    const again = await caller.attempt.submit({ attemptId, idempotencyKey: key });
    expect(again).toEqual(first);
    expect(await countAttempts(user.id)).toBe(1);
    expect(await t.db.response.count({ where: { attemptId } })).toBe(2);
    // A different key for the already-submitted attempt returns it too, without re-grading.
    const third = await caller.attempt.submit({ attemptId, idempotencyKey: randomUUID() });
    expect(third.attemptId).toBe(first.attemptId);
    expect(await t.db.response.count({ where: { attemptId } })).toBe(2);
  });

  it("records one attempt when two submits race (same key and different keys)", async () => {
    const user = fx.students[3]!;
    const { caller, attemptId } = await answerAll(user, [ANSWERS.lenRight, ANSWERS.identityRight]);
    const key = randomUUID();
    const results = await Promise.all([
      caller.attempt.submit({ attemptId, idempotencyKey: key }),
      caller.attempt.submit({ attemptId, idempotencyKey: key }),
      caller.attempt.submit({ attemptId, idempotencyKey: randomUUID() }),
    ]);
    expect(new Set(results.map((r) => r.attemptId))).toEqual(new Set([attemptId]));
    expect(new Set(results.map((r) => r.score))).toEqual(new Set([5]));
    expect(await countAttempts(user.id)).toBe(1);
    expect(await t.db.response.count({ where: { attemptId } })).toBe(2);
  });

  it("rejects reusing a key for another attempt", async () => {
    const user = fx.students[3]!;
    const { caller, attemptId } = await answerAll(user, [ANSWERS.lenRight, ANSWERS.identityRight]);
    const used = await t.db.attempt.findFirstOrThrow({ where: { userId: user.id, submittedAt: { not: null } } });
    await expect(caller.attempt.submit({ attemptId, idempotencyKey: used.idempotencyKey! })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("enforces attempts allowed", async () => {
    const user = fx.students[0]!;
    const second = await answerAll(user, [ANSWERS.lenRight, ANSWERS.identityRight]);
    await second.caller.attempt.submit({ attemptId: second.attemptId, idempotencyKey: randomUUID() });
    await expect(as(t.db, user).attempt.start({ quizId: fx.quizId })).rejects.toMatchObject({ code: "FORBIDDEN", message: "no attempts left" });
  });

  it("rejects a submit and a draft after close, on the server clock; an extension reopens it", async () => {
    const user = fx.students[4]!;
    const { attemptId } = await answerAll(user, [ANSWERS.lenRight, ANSWERS.identityRight]);
    const later = () => new Date(Date.now() + 2 * 3_600_000);
    const late = as(t.db, user, later);
    await expect(late.attempt.submit({ attemptId, idempotencyKey: randomUUID() })).rejects.toMatchObject({ code: "FORBIDDEN", message: "quiz closed" });
    await expect(late.attempt.saveDraft({ attemptId, quizItemId: fx.items[0]!.id, answer: ANSWERS.lenHalf })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await countAttempts(user.id)).toBe(0);
    await as(t.db, fx.instructor).quiz.extendDeadline({ quizId: fx.quizId, userId: user.id, closesAt: new Date(Date.now() + 3 * 3_600_000) });
    const ok = await late.attempt.submit({ attemptId, idempotencyKey: randomUUID() });
    expect(ok.score).toBe(5);
  });

  it("refuses to start before the quiz opens", async () => {
    const early = as(t.db, fx.students[1]!, () => new Date(Date.now() - 2 * 3_600_000));
    await expect(early.attempt.start({ quizId: fx.quizId })).rejects.toMatchObject({ code: "FORBIDDEN", message: "quiz not open yet" });
  });

  it("ignores scores the client might send", async () => {
    const user = fx.students[1]!;
    const caller = as(t.db, user);
    const { attemptId } = await caller.attempt.start({ quizId: fx.quizId });
    const forged = { attemptId, idempotencyKey: randomUUID(), score: 5, answers: [{ quizItemId: fx.items[0]!.id, answer: ANSWERS.lenHalf, score: 2 }] };
    const result = await caller.attempt.submit(forged as never);
    expect(result.score).toBe(1); // half of item 1 (2 points); item 2 unanswered
    // The feedback speaks in the quiz's points, not the question's own scale.
    const stored = await t.db.response.findFirstOrThrow({ where: { attemptId, quizItemId: fx.items[0]!.id } });
    expect((stored.feedback as { summary: string }).summary).toContain("Partly correct: 1 of 2 points.");
  });

  it("keeps a started quiz's items: resending the same items is fine, changing them is a CONFLICT", async () => {
    const teacher = as(t.db, fx.instructor);
    const same = fx.items.map((i) => ({ questionId: i.questionId, points: i.points }));
    await expect(teacher.quiz.update({ quizId: fx.quizId, title: "Quiz 1 (renamed)", items: same })).resolves.toMatchObject({ id: fx.quizId });
    await expect(teacher.quiz.setItems({ quizId: fx.quizId, items: same.slice(0, 1) })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
