import { Prisma, type Db } from "@heapwise/db";
import { misconceptionTitle } from "../lib/grading";

// Analysis reads the per-item aggregates (see stats.ts): a course of 300k responses is a few
// hundred rows here. Course-wide, a question used in several quizzes is summed over its items.

type StatRow = {
  questionId: string; title: string; kind: string; position: number | null; points: number | null;
  responses: number; meanScore: number | null; fullyRight: number | null; discrimination: number | null;
};
type WrongRow = { questionId: string; answer: unknown; n: number; misconceptions: string | null };
type CellRow = { questionId: string; misconceptionId: string; n: number };

const inQuiz = (column: Prisma.Sql, quizId?: string) => (quizId ? Prisma.sql`AND ${column} = ${quizId}` : Prisma.empty);

/**
 * Per question: mean score (fraction of points), share fully right, difficulty (the classical
 * p-value: mean fraction correct, higher = easier) and discrimination (item-rest correlation:
 * this item's fraction against the fraction on the rest of the same attempt; Pearson from sums).
 */
export async function questionStats(db: Db, courseId: string, quizId?: string) {
  return db.$queryRaw<StatRow[]>`
    WITH s AS (
      SELECT qi."questionId", min(qi.position) AS position, min(qi.points) AS points,
             COALESCE(sum(st.responses), 0)::int AS responses, sum(st."sumFrac") AS sum_frac,
             sum(st."fullyRight") AS fully, sum(st.pairs) AS n,
             sum(st."sumX") AS sx, sum(st."sumY") AS sy, sum(st."sumXX") AS sxx, sum(st."sumYY") AS syy, sum(st."sumXY") AS sxy
      FROM "QuizItem" qi JOIN "Quiz" q ON q.id = qi."quizId"
      LEFT JOIN "ItemStat" st ON st."quizItemId" = qi.id
      WHERE q."courseId" = ${courseId} ${inQuiz(Prisma.sql`q.id`, quizId)}
      GROUP BY qi."questionId")
    SELECT s."questionId", qu.title, qu.kind, s.position, s.points, s.responses,
           (s.sum_frac / NULLIF(s.responses, 0))::float8 AS "meanScore",
           (s.fully::float8 / NULLIF(s.responses, 0))::float8 AS "fullyRight",
           CASE WHEN s.n >= 2 AND (s.n * s.sxx - s.sx * s.sx) > 0 AND (s.n * s.syy - s.sy * s.sy) > 0
                THEN ((s.n * s.sxy - s.sx * s.sy) / sqrt((s.n * s.sxx - s.sx * s.sx) * (s.n * s.syy - s.sy * s.sy)))::float8
           END AS discrimination
    FROM s JOIN "Question" qu ON qu.id = s."questionId"
    ORDER BY s.position, qu.title`;
}

/** The most common wrong answers per question (identical JSON grouped), with their misconceptions. */
export async function wrongAnswers(db: Db, courseId: string, quizId?: string, perQuestion = 5) {
  const rows = await db.$queryRaw<WrongRow[]>`
    WITH g AS (
      SELECT w."questionId", w."answerHash", (array_agg(w.answer))[1] AS answer, sum(w.count)::int AS n,
             string_agg(array_to_string(w.misconceptions, ','), ',') AS misconceptions
      FROM "WrongAnswerStat" w
      WHERE w."courseId" = ${courseId} ${inQuiz(Prisma.sql`w."quizId"`, quizId)}
      GROUP BY w."questionId", w."answerHash"),
    ranked AS (SELECT g.*, row_number() OVER (PARTITION BY g."questionId" ORDER BY g.n DESC, g."answerHash") AS rk FROM g)
    SELECT "questionId", answer, n, misconceptions FROM ranked WHERE rk <= ${perQuestion}
    ORDER BY "questionId", n DESC`;
  return rows.map((r) => ({
    questionId: r.questionId,
    answer: r.answer,
    n: r.n,
    misconceptions: [...new Set((r.misconceptions ?? "").split(",").filter(Boolean))].sort(),
  }));
}

/** Misconception x question counts: one cell per (question, misconception) that occurred. */
export async function misconceptionCells(db: Db, courseId: string, quizId?: string) {
  return db.$queryRaw<CellRow[]>`
    SELECT m."questionId", m."misconceptionId", sum(m.count)::int AS n
    FROM "MisconceptionStat" m
    WHERE m."courseId" = ${courseId} ${inQuiz(Prisma.sql`m."quizId"`, quizId)}
    GROUP BY m."questionId", m."misconceptionId"`;
}

export function titled(ids: string[]) {
  return ids.map((id) => ({ id, title: misconceptionTitle(id) }));
}
