import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANSWERS, as, courseWithQuiz, openTestDb, takeQuiz, type TestDb } from "./fixtures";

let t: TestDb;
beforeAll(async () => {
  t = await openTestDb("release");
});
afterAll(() => t?.close());

describe("feedback release", () => {
  it("shows score and feedback at once but the key only after close for AFTER_CLOSE quizzes", async () => {
    const fx = await courseWithQuiz(t.db, { students: 1, quiz: { feedbackRelease: "AFTER_CLOSE" } });
    const student = fx.students[0]!;
    const { attemptId } = await takeQuiz(t.db, student, fx, [ANSWERS.lenHalf, ANSWERS.identityWrong]);

    const before = await as(t.db, student).attempt.result({ attemptId });
    expect(before.released).toBe(false);
    expect(before.score).toBe(1);
    expect(before.items).toHaveLength(2);
    for (const item of before.items) {
      expect(item.key).toBeNull();
      expect(item.replayStep).toBeNull();
      expect(item.parts.length).toBeGreaterThan(0);
    }
    expect(before.items[1]!.misconceptions.map((m) => m.id)).toContain("is-equals");

    // Staff see the key at any time.
    const staffView = await as(t.db, fx.instructor).attempt.result({ attemptId });
    expect(staffView.released).toBe(true);
    expect(staffView.items[0]!.key).not.toBeNull();

    const afterClose = as(t.db, student, () => new Date(Date.now() + 2 * 3_600_000));
    const after = await afterClose.attempt.result({ attemptId });
    expect(after.released).toBe(true);
    expect(after.items[0]!.key).not.toBeNull();
    expect(after.items[0]!.replayStep).not.toBeNull();
  });

  it("releases the key immediately for IMMEDIATE quizzes", async () => {
    const fx = await courseWithQuiz(t.db, { students: 1, quiz: { feedbackRelease: "IMMEDIATE" } });
    const { attemptId } = await takeQuiz(t.db, fx.students[0]!, fx, [ANSWERS.lenRight, ANSWERS.identityRight]);
    const result = await as(t.db, fx.students[0]!).attempt.result({ attemptId });
    expect(result.released).toBe(true);
    expect(result.score).toBe(5);
    expect(result.items.every((i) => i.key !== null)).toBe(true);
  });

  it("never sends keys in the student's view of a quiz or an open attempt", async () => {
    const fx = await courseWithQuiz(t.db, { students: 1, quiz: { feedbackRelease: "IMMEDIATE" } });
    const caller = as(t.db, fx.students[0]!);
    const { attemptId } = await caller.attempt.start({ quizId: fx.quizId });
    const attempt = await caller.attempt.get({ attemptId });
    const quiz = await caller.quiz.get({ quizId: fx.quizId });
    const text = JSON.stringify({ attempt, quiz });
    expect(text).not.toMatch(/"key"/);
    expect(text).not.toContain("done\\n"); // the expected output of the first question
    await expect(caller.attempt.result({ attemptId })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("tracks progress: a misconception shown, then corrected by a later fully right answer", async () => {
    const fx = await courseWithQuiz(t.db, { students: 1, quiz: { attemptsAllowed: 2 } });
    const student = fx.students[0]!;
    await takeQuiz(t.db, student, fx, [ANSWERS.lenRight, ANSWERS.identityWrong]);
    const mid = await as(t.db, student).progress.mine({ courseId: fx.courseId });
    const shown = mid.courses[0]!.misconceptions.find((m) => m.id === "is-equals");
    expect(shown).toMatchObject({ shown: 1, correctedSince: false });
    await new Promise((r) => setTimeout(r, 5));
    await takeQuiz(t.db, student, fx, [ANSWERS.lenRight, ANSWERS.identityRight]);
    const end = await as(t.db, student).progress.mine({ courseId: fx.courseId });
    expect(end.courses[0]!.attempts).toHaveLength(2);
    expect(end.courses[0]!.misconceptions.find((m) => m.id === "is-equals")).toMatchObject({ shown: 1, correctedSince: true });
  });
});
