import type { Db } from "@heapwise/db";

// All dashboard numbers count students only (course role STUDENT) and submitted attempts only,
// and are aggregated by PostgreSQL; Node only reshapes the aggregated rows.

export const BUCKETS = ["0-10%", "10-20%", "20-30%", "30-40%", "40-50%", "50-60%", "60-70%", "70-80%", "80-90%", "90-100%"];

type QuizRow = { quizId: string; title: string; opensAt: Date | null; closesAt: Date | null; mode: string; maxPoints: number };
type BucketRow = { quizId: string; bucket: number; n: number; meanPct: number | null };
type BehindRow = { userId: string; name: string; email: string; quizId: string; quizTitle: string; closesAt: Date | null };
type RecentRow = {
  attemptId: string; userId: string; name: string; quizId: string; quizTitle: string;
  submittedAt: Date; score: number | null; maxScore: number | null;
};

export async function overview(db: Db, courseId: string, now: Date) {
  const [quizzes, enrolled, buckets, behind, recent] = await Promise.all([
    db.$queryRaw<QuizRow[]>`
      SELECT q.id AS "quizId", q.title, q."opensAt", q."closesAt", q.mode::text AS mode,
             COALESCE((SELECT sum(points) FROM "QuizItem" qi WHERE qi."quizId" = q.id), 0)::int AS "maxPoints"
      FROM "Quiz" q WHERE q."courseId" = ${courseId} AND q."publishedAt" IS NOT NULL
      ORDER BY q."opensAt" NULLS FIRST, q."createdAt"`,
    db.enrollment.count({ where: { courseId, role: "STUDENT" } }),
    // Each student's best submitted attempt per quiz, as a fraction, bucketed by tenths.
    db.$queryRaw<BucketRow[]>`
      WITH best AS (
        SELECT a."quizId", a."userId", max(COALESCE(a.score / NULLIF(a."maxScore", 0), 0)) AS pct
        FROM "Attempt" a
        JOIN "Quiz" q ON q.id = a."quizId"
        JOIN "Enrollment" e ON e."userId" = a."userId" AND e."courseId" = q."courseId" AND e.role = 'STUDENT'
        WHERE q."courseId" = ${courseId} AND a."submittedAt" IS NOT NULL
        GROUP BY a."quizId", a."userId")
      SELECT "quizId", LEAST(floor(pct * 10), 9)::int AS bucket, count(*)::int AS n, avg(pct)::float8 AS "meanPct"
      FROM best GROUP BY "quizId", 2`,
    behindQuery(db, courseId, now),
    db.$queryRaw<RecentRow[]>`
      SELECT a.id AS "attemptId", a."userId", u.name, a."quizId", q.title AS "quizTitle", a."submittedAt", a.score, a."maxScore"
      FROM "Attempt" a JOIN "Quiz" q ON q.id = a."quizId" JOIN "User" u ON u.id = a."userId"
      WHERE q."courseId" = ${courseId} AND a."submittedAt" IS NOT NULL
      ORDER BY a."submittedAt" DESC LIMIT 20`,
  ]);
  return {
    enrolled,
    quizzes: quizzes.map((q) => {
      const rows = buckets.filter((b) => b.quizId === q.quizId);
      const completed = rows.reduce((s, r) => s + r.n, 0);
      const meanPct = completed ? rows.reduce((s, r) => s + (r.meanPct ?? 0) * r.n, 0) / completed : null;
      return {
        ...q,
        enrolled,
        completed,
        completionRate: enrolled ? completed / enrolled : 0,
        meanPct,
        scoreBuckets: BUCKETS.map((bucket, i) => ({ bucket, count: rows.find((r) => r.bucket === i)?.n ?? 0 })),
      };
    }),
    behind,
    recent,
  };
}

/** Students with no submitted attempt on a quiz that is open now (their extension included). */
function behindQuery(db: Db, courseId: string, now: Date) {
  return db.$queryRaw<BehindRow[]>`
    SELECT u.id AS "userId", u.name, u.email, q.id AS "quizId", q.title AS "quizTitle",
           GREATEST(q."closesAt", x."closesAt") AS "closesAt"
    FROM "Quiz" q
    JOIN "Enrollment" e ON e."courseId" = q."courseId" AND e.role = 'STUDENT'
    JOIN "User" u ON u.id = e."userId"
    LEFT JOIN "DeadlineExtension" x ON x."quizId" = q.id AND x."userId" = u.id
    WHERE q."courseId" = ${courseId} AND q."publishedAt" IS NOT NULL
      AND (q."opensAt" IS NULL OR q."opensAt" <= ${now})
      AND (q."closesAt" IS NULL OR GREATEST(q."closesAt", x."closesAt") >= ${now})
      AND NOT EXISTS (SELECT 1 FROM "Attempt" a WHERE a."quizId" = q.id AND a."userId" = u.id AND a."submittedAt" IS NOT NULL)
    ORDER BY 6 NULLS LAST, u.name
    LIMIT 500`;
}

