import type { Db } from "@heapwise/db";
import { stringify } from "csv-stringify/sync";

type StudentRow = { id: string; name: string; email: string; best: Record<string, number | null> };

/**
 * Gradebook: one row per student, one column per published quiz (the best submitted score),
 * plus totals. Headers follow the Canvas/Moodle import shape: "Student", "ID", "Email", then
 * "<quiz title> (<quiz id>)", and a "Points Possible" row under the header.
 */
export async function gradebookCsv(db: Db, courseId: string): Promise<string> {
  const [quizzes, students] = await Promise.all([
    db.quiz.findMany({
      where: { courseId, publishedAt: { not: null } },
      select: { id: true, title: true, items: { select: { points: true } } },
      orderBy: [{ opensAt: "asc" }, { createdAt: "asc" }],
    }),
    // Pivoted in SQL: one row per student with {quizId: best score}, not one row per (student, quiz).
    db.$queryRaw<StudentRow[]>`
      SELECT u.id, u.name, u.email,
             COALESCE(jsonb_object_agg(b."quizId", b.best) FILTER (WHERE b."quizId" IS NOT NULL), '{}'::jsonb) AS best
      FROM "Enrollment" e
      JOIN "User" u ON u.id = e."userId"
      LEFT JOIN (
        SELECT a."userId", a."quizId", max(a.score) AS best
        FROM "Attempt" a JOIN "Quiz" q ON q.id = a."quizId"
        WHERE q."courseId" = ${courseId} AND a."submittedAt" IS NOT NULL
        GROUP BY a."userId", a."quizId") b ON b."userId" = e."userId"
      WHERE e."courseId" = ${courseId} AND e.role = 'STUDENT'
      GROUP BY u.id, u.name, u.email
      ORDER BY u.name, u.id`,
  ]);
  const possible = quizzes.map((q) => q.items.reduce((s, i) => s + i.points, 0));
  const totalPossible = possible.reduce((s, p) => s + p, 0);
  const header = ["Student", "ID", "Email", ...quizzes.map((q) => `${q.title} (${q.id})`), "Total", "Total Possible", "Percent"];
  const pointsRow = ["Points Possible", "", "", ...possible.map(String), String(totalPossible), String(totalPossible), ""];
  const rows = students.map((student) => {
    const scores = quizzes.map((q) => student.best[q.id] ?? null);
    const total = scores.reduce<number>((s, v) => s + (v ?? 0), 0);
    return [
      student.name,
      student.id,
      student.email,
      ...scores.map((v) => (v === null ? "" : fmt(v))),
      fmt(total),
      String(totalPossible),
      totalPossible ? fmt((100 * total) / totalPossible) : "",
    ];
  });
  return stringify([header, pointsRow, ...rows]);
}

type ResponseCsvRow = {
  attemptId: string; userId: string; email: string; quizId: string; quizTitle: string; number: number;
  startedAt: string; submittedAt: string; attemptScore: number | null; attemptMax: number | null;
  position: number; questionId: string; version: number; kind: string; seed: number;
  score: number; maxScore: number; misconceptions: string[]; answer: unknown;
};

const ISO = "YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"";

/**
 * Attempts for research: one row per graded response, long format, ISO times, answers as JSON.
 * Fetched one quiz at a time as a single json_agg value: parsing one JSON document is far cheaper
 * than materialising hundreds of thousands of driver rows.
 */
export async function attemptsCsv(db: Db, courseId: string, quizId?: string): Promise<string> {
  const quizzes = await db.quiz.findMany({ where: { courseId, ...(quizId ? { id: quizId } : {}) }, select: { id: true }, orderBy: [{ opensAt: "asc" }, { createdAt: "asc" }] });
  const header = [
    "attempt_id", "user_id", "email", "quiz_id", "quiz_title", "attempt_number", "started_at", "submitted_at",
    "attempt_score", "attempt_max_score", "item_position", "question_id", "question_version", "kind", "seed",
    "score", "max_score", "misconceptions", "answer_json",
  ];
  const chunks = [stringify([header])];
  for (const quiz of quizzes) {
    const [page] = await db.$queryRaw<{ rows: ResponseCsvRow[] | null }[]>`
      SELECT json_agg(t ORDER BY t.sort_at, t."attemptId", t.position) AS rows FROM (
        SELECT a.id AS "attemptId", a."userId", u.email, q.id AS "quizId", q.title AS "quizTitle", a.number,
               to_char(a."startedAt", ${ISO}) AS "startedAt", to_char(a."submittedAt", ${ISO}) AS "submittedAt", a."submittedAt" AS sort_at,
               a.score AS "attemptScore", a."maxScore" AS "attemptMax", qi.position, qi."questionId", qv.version, qu.kind,
               r.seed, r.score, r."maxScore", r.misconceptions, r.answer
        FROM "Response" r
        JOIN "Attempt" a ON a.id = r."attemptId"
        JOIN "QuizItem" qi ON qi.id = r."quizItemId"
        JOIN "Quiz" q ON q.id = qi."quizId"
        JOIN "QuestionVersion" qv ON qv.id = r."questionVersionId"
        JOIN "Question" qu ON qu.id = qi."questionId"
        JOIN "User" u ON u.id = a."userId"
        WHERE q.id = ${quiz.id} AND a."submittedAt" IS NOT NULL) t`;
    const rows = page?.rows ?? [];
    if (rows.length === 0) continue;
    chunks.push(
      stringify(
        rows.map((r) => [
          r.attemptId, r.userId, r.email, r.quizId, r.quizTitle, r.number, r.startedAt, r.submittedAt,
          r.attemptScore ?? "", r.attemptMax ?? "", r.position + 1, r.questionId, r.version, r.kind, r.seed,
          r.score, r.maxScore, r.misconceptions.join(";"), JSON.stringify(r.answer),
        ]),
      ),
    );
  }
  return chunks.join("");
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}
