import { Prisma, type Db } from "@heapwise/db";

// Running aggregates of STUDENT responses per quiz item (tables ItemStat, MisconceptionStat,
// WrongAnswerStat). Dashboards read these few hundred rows instead of scanning every response.
// The same INSERT ... SELECT statements serve two callers: the submit transaction (scope = one
// attempt, adding to existing rows) and rebuildDashboardStats (scope = a course, after deleting).

type Runner = Pick<Prisma.TransactionClient, "$executeRaw">;

/** Student responses in scope, with x = item fraction and y = fraction on the rest of the attempt. */
function responses(where: Prisma.Sql) {
  return Prisma.sql`
    SELECT r.id, r."quizItemId", qi."quizId", qi."questionId", q."courseId", r.answer, r.misconceptions,
           r.score / NULLIF(r."maxScore", 0) AS x,
           (a.score - r.score) / NULLIF(a."maxScore" - r."maxScore", 0) AS y,
           (r."maxScore" > 0 AND r.score >= r."maxScore") AS full_marks,
           (r.score < r."maxScore") AS wrong
    FROM "Response" r
    JOIN "Attempt" a ON a.id = r."attemptId"
    JOIN "QuizItem" qi ON qi.id = r."quizItemId"
    JOIN "Quiz" q ON q.id = qi."quizId"
    JOIN "Enrollment" e ON e."userId" = a."userId" AND e."courseId" = q."courseId" AND e.role = 'STUDENT'
    WHERE a."submittedAt" IS NOT NULL AND ${where}`;
}

async function addStats(db: Runner, where: Prisma.Sql): Promise<void> {
  await db.$executeRaw`
    WITH s AS (${responses(where)})
    INSERT INTO "ItemStat" ("quizItemId", "courseId", "quizId", "questionId", responses, "fullyRight", "sumFrac",
                            pairs, "sumX", "sumY", "sumXX", "sumYY", "sumXY")
    SELECT "quizItemId", "courseId", "quizId", "questionId", count(*), count(*) FILTER (WHERE full_marks), COALESCE(sum(x), 0),
           count(*) FILTER (WHERE x IS NOT NULL AND y IS NOT NULL),
           COALESCE(sum(x) FILTER (WHERE y IS NOT NULL), 0), COALESCE(sum(y) FILTER (WHERE x IS NOT NULL), 0),
           COALESCE(sum(x * x) FILTER (WHERE y IS NOT NULL), 0), COALESCE(sum(y * y) FILTER (WHERE x IS NOT NULL), 0),
           COALESCE(sum(x * y), 0)
    FROM s GROUP BY "quizItemId", "courseId", "quizId", "questionId"
    ON CONFLICT ("quizItemId") DO UPDATE SET
      responses = "ItemStat".responses + EXCLUDED.responses,
      "fullyRight" = "ItemStat"."fullyRight" + EXCLUDED."fullyRight",
      "sumFrac" = "ItemStat"."sumFrac" + EXCLUDED."sumFrac",
      pairs = "ItemStat".pairs + EXCLUDED.pairs,
      "sumX" = "ItemStat"."sumX" + EXCLUDED."sumX",
      "sumY" = "ItemStat"."sumY" + EXCLUDED."sumY",
      "sumXX" = "ItemStat"."sumXX" + EXCLUDED."sumXX",
      "sumYY" = "ItemStat"."sumYY" + EXCLUDED."sumYY",
      "sumXY" = "ItemStat"."sumXY" + EXCLUDED."sumXY"`;
  await db.$executeRaw`
    WITH s AS (${responses(where)})
    INSERT INTO "MisconceptionStat" ("quizItemId", "misconceptionId", "courseId", "quizId", "questionId", count)
    SELECT "quizItemId", m, "courseId", "quizId", "questionId", count(*)
    FROM s CROSS JOIN LATERAL unnest(s.misconceptions) AS m
    GROUP BY "quizItemId", m, "courseId", "quizId", "questionId"
    ON CONFLICT ("quizItemId", "misconceptionId") DO UPDATE SET count = "MisconceptionStat".count + EXCLUDED.count`;
  await db.$executeRaw`
    WITH s AS (${responses(where)} AND r.score < r."maxScore")
    INSERT INTO "WrongAnswerStat" ("quizItemId", "answerHash", "courseId", "quizId", "questionId", answer, count, misconceptions)
    SELECT "quizItemId", md5(answer::text), "courseId", "quizId", "questionId", answer, count(DISTINCT s.id),
           array_remove(array_agg(DISTINCT m), NULL)
    FROM s LEFT JOIN LATERAL unnest(s.misconceptions) AS m ON true
    GROUP BY "quizItemId", answer, "courseId", "quizId", "questionId"
    ON CONFLICT ("quizItemId", "answerHash") DO UPDATE SET
      count = "WrongAnswerStat".count + EXCLUDED.count,
      misconceptions = ARRAY(SELECT DISTINCT unnest("WrongAnswerStat".misconceptions || EXCLUDED.misconceptions) ORDER BY 1)`;
}

/** Adds one just-graded attempt's responses (a no-op unless the owner is a student of the course). */
export function recordAttemptStats(tx: Runner, attemptId: string): Promise<void> {
  return addStats(tx, Prisma.sql`r."attemptId" = ${attemptId}`);
}

/**
 * Recomputes the aggregates from Response for one course (or all courses), in one transaction.
 * For data written without the submit path (seeds, imports) and after roster role changes.
 */
export async function rebuildDashboardStats(db: Db, courseId?: string): Promise<void> {
  const scope = courseId ? Prisma.sql`"courseId" = ${courseId}` : Prisma.sql`true`;
  const where = courseId ? Prisma.sql`q."courseId" = ${courseId}` : Prisma.sql`true`;
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`DELETE FROM "ItemStat" WHERE ${scope}`;
    await tx.$executeRaw`DELETE FROM "MisconceptionStat" WHERE ${scope}`;
    await tx.$executeRaw`DELETE FROM "WrongAnswerStat" WHERE ${scope}`;
    await addStats(tx, where);
  }, { timeout: 120_000 });
}
