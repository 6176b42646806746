import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANSWERS, as, courseWithQuiz, openTestDb, takeQuiz, type CourseFixture, type TestDb } from "./fixtures";

// Every dashboard number is checked against a direct SQL query written independently here.

let t: TestDb;
let fx: CourseFixture;
let sql: pg.Client;

const answerSets: [unknown, unknown][] = [
  [ANSWERS.lenRight, ANSWERS.identityRight],
  [ANSWERS.lenRight, ANSWERS.identityWrong],
  [ANSWERS.lenHalf, ANSWERS.identityWrong],
  [ANSWERS.lenHalf, ANSWERS.identityRight],
  [ANSWERS.lenRight, ANSWERS.identityWrong],
];

beforeAll(async () => {
  t = await openTestDb("dashboard");
  fx = await courseWithQuiz(t.db, { students: 7, quiz: { attemptsAllowed: 2 } });
  // Students 0-4 submit once; student 0 submits twice; 5 and 6 have not submitted (behind).
  for (const [i, answers] of answerSets.entries()) await takeQuiz(t.db, fx.students[i]!, fx, answers);
  await takeQuiz(t.db, fx.students[0]!, fx, [ANSWERS.lenHalf, ANSWERS.identityWrong]);
  // The instructor's own try must not count in the class numbers.
  await takeQuiz(t.db, fx.instructor, fx, [ANSWERS.lenHalf, ANSWERS.identityWrong]);
  sql = new pg.Client({ connectionString: t.url });
  await sql.connect();
});
afterAll(async () => {
  await sql?.end();
  await t?.close();
});

async function one<T>(text: string, params: unknown[]): Promise<T> {
  return (await sql.query(text, params)).rows[0] as T;
}

const STUDENT_RESPONSES = `
  FROM "Response" r JOIN "Attempt" a ON a.id = r."attemptId"
  JOIN "Enrollment" e ON e."userId" = a."userId" AND e."courseId" = $1 AND e.role = 'STUDENT'
  JOIN "QuizItem" qi ON qi.id = r."quizItemId"
  WHERE qi."questionId" = $2`;

describe("dashboard numbers equal direct SQL counts", () => {
  it("overview: enrolled, completed, score buckets, behind, recent", async () => {
    const view = await as(t.db, fx.instructor).dashboard.overview({ courseId: fx.courseId });
    const enrolled = await one<{ n: number }>(`SELECT count(*)::int n FROM "Enrollment" WHERE "courseId" = $1 AND role = 'STUDENT'`, [fx.courseId]);
    expect(view.enrolled).toBe(enrolled.n);
    expect(view.enrolled).toBe(7);

    const quiz = view.quizzes.find((q) => q.quizId === fx.quizId)!;
    const completed = await one<{ n: number }>(
      `SELECT count(DISTINCT a."userId")::int n FROM "Attempt" a JOIN "Enrollment" e ON e."userId" = a."userId" AND e."courseId" = $1 AND e.role = 'STUDENT'
       WHERE a."quizId" = $2 AND a."submittedAt" IS NOT NULL`,
      [fx.courseId, fx.quizId],
    );
    expect(quiz.completed).toBe(completed.n);
    expect(quiz.completed).toBe(5);

    const best = (await sql.query(
      `SELECT a."userId", max(a.score / a."maxScore") AS pct FROM "Attempt" a
       JOIN "Enrollment" e ON e."userId" = a."userId" AND e."courseId" = $1 AND e.role = 'STUDENT'
       WHERE a."quizId" = $2 AND a."submittedAt" IS NOT NULL GROUP BY a."userId"`,
      [fx.courseId, fx.quizId],
    )).rows as { pct: number }[];
    const expected = Array.from({ length: 10 }, () => 0);
    for (const b of best) expected[Math.min(Math.floor(b.pct * 10), 9)]! += 1;
    expect(quiz.scoreBuckets.map((b) => b.count)).toEqual(expected);

    expect(view.behind.filter((b) => b.quizId === fx.quizId).map((b) => b.userId).sort()).toEqual(
      [fx.students[5]!.id, fx.students[6]!.id].sort(),
    );
    const submitted = await one<{ n: number }>(
      `SELECT count(*)::int n FROM "Attempt" WHERE "quizId" = $1 AND "submittedAt" IS NOT NULL`,
      [fx.quizId],
    );
    expect(view.recent).toHaveLength(submitted.n);
  });

  it("question analysis: responses, mean, fully right, misconception counts", async () => {
    const rows = await as(t.db, fx.ta).dashboard.questionAnalysis({ courseId: fx.courseId, quizId: fx.quizId });
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const want = await one<{ n: number; mean: number; fully: number }>(
        `SELECT count(*)::int n, avg(r.score / r."maxScore")::float8 mean,
                (count(*) FILTER (WHERE r.score >= r."maxScore"))::float8 / count(*) fully ${STUDENT_RESPONSES}`,
        [fx.courseId, row.questionId],
      );
      expect(row.responses).toBe(want.n);
      expect(row.meanScore).toBeCloseTo(want.mean, 9);
      expect(row.fullyRight).toBeCloseTo(want.fully, 9);
      expect(row.difficulty).toBeCloseTo(want.mean, 9);
      const counts = (await sql.query(`SELECT m AS id, count(*)::int n ${STUDENT_RESPONSES.replace("WHERE", ", unnest(r.misconceptions) m WHERE")} GROUP BY m`, [
        fx.courseId,
        row.questionId,
      ])).rows as { id: string; n: number }[];
      expect(Object.fromEntries(row.misconceptions.map((m) => [m.id, m.count]))).toEqual(Object.fromEntries(counts.map((c) => [c.id, c.n])));
      const wrong = await one<{ n: number }>(`SELECT count(*)::int n ${STUDENT_RESPONSES} AND r.score < r."maxScore"`, [fx.courseId, row.questionId]);
      expect(row.wrongAnswers.reduce((s, w) => s + w.count, 0)).toBe(wrong.n);
    }
    const identity = rows.find((r) => r.questionId === fx.questionIds[1])!;
    expect(identity.responses).toBe(6);
    expect(identity.misconceptions.find((m) => m.id === "is-equals")?.count).toBe(4);
    expect(identity.wrongAnswers[0]).toMatchObject({ answer: ANSWERS.identityWrong, count: 4 });
  });

  it("heatmap cells equal the per-question misconception counts", async () => {
    const heat = await as(t.db, fx.instructor).dashboard.heatmap({ courseId: fx.courseId });
    const cells = (await sql.query(
      `SELECT qi."questionId", m, count(*)::int n FROM "Response" r JOIN "Attempt" a ON a.id = r."attemptId"
       JOIN "Enrollment" e ON e."userId" = a."userId" AND e."courseId" = $1 AND e.role = 'STUDENT'
       JOIN "QuizItem" qi ON qi.id = r."quizItemId", unnest(r.misconceptions) m GROUP BY 1, 2`,
      [fx.courseId],
    )).rows as { questionId: string; m: string; n: number }[];
    const key = (q: string, m: string) => `${q}/${m}`;
    expect(new Map(heat.cells.map((c) => [key(c.questionId, c.misconceptionId), c.count]))).toEqual(
      new Map(cells.map((c) => [key(c.questionId, c.m), c.n])),
    );
  });

  it("gradebook CSV: one row per student with the best score, totals, LMS headers", async () => {
    const csv = await as(t.db, fx.instructor).dashboard.gradebookCsv({ courseId: fx.courseId });
    const [header, possible, ...rows] = csv.trim().split("\n").map((l) => l.split(","));
    expect(header!.slice(0, 3)).toEqual(["Student", "ID", "Email"]);
    expect(header).toContain(`Quiz 1 (${fx.quizId})`);
    expect(header!.slice(-3)).toEqual(["Total", "Total Possible", "Percent"]);
    expect(possible![0]).toBe("Points Possible");
    expect(rows).toHaveLength(7);
    const col = header!.indexOf(`Quiz 1 (${fx.quizId})`);
    for (const row of rows) {
      const best = await one<{ best: number | null }>(
        `SELECT max(score)::float8 best FROM "Attempt" WHERE "userId" = $1 AND "quizId" = $2 AND "submittedAt" IS NOT NULL`,
        [row[1], fx.quizId],
      );
      expect(row[col]).toBe(best.best === null ? "" : String(best.best));
    }
  });

  it("attempts CSV: one row per submitted response", async () => {
    const csv = await as(t.db, fx.instructor).dashboard.attemptsCsv({ courseId: fx.courseId });
    const lines = csv.trim().split("\n");
    const n = await one<{ n: number }>(
      `SELECT count(*)::int n FROM "Response" r JOIN "QuizItem" qi ON qi.id = r."quizItemId" JOIN "Quiz" q ON q.id = qi."quizId" WHERE q."courseId" = $1`,
      [fx.courseId],
    );
    expect(lines).toHaveLength(n.n + 1);
    expect(lines[0]!.startsWith("attempt_id,user_id,email,quiz_id")).toBe(true);
  });

  it("student drill-down lists that student's attempts and misconceptions", async () => {
    const detail = await as(t.db, fx.instructor).dashboard.student({ courseId: fx.courseId, userId: fx.students[0]!.id });
    const n = await one<{ n: number }>(`SELECT count(*)::int n FROM "Attempt" WHERE "userId" = $1`, [fx.students[0]!.id]);
    expect(detail.attempts).toHaveLength(n.n);
    expect(detail.misconceptions.find((m) => m.id === "is-equals")?.held).toBe(1);
  });

  it("follows roster changes: a student made TA leaves the class numbers", async () => {
    const teacher = as(t.db, fx.instructor);
    await teacher.course.setRole({ courseId: fx.courseId, userId: fx.students[1]!.id, role: "TA" });
    const rows = await teacher.dashboard.questionAnalysis({ courseId: fx.courseId });
    for (const row of rows) {
      const want = await one<{ n: number }>(`SELECT count(*)::int n ${STUDENT_RESPONSES}`, [fx.courseId, row.questionId]);
      expect(row.responses).toBe(want.n);
    }
    expect(rows.find((r) => r.questionId === fx.questionIds[1])!.responses).toBe(5);
  });
});
