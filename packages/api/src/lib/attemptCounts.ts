import type { Db } from "@heapwise/db";

/** Submitted responses per question (all versions), counted in SQL. */
export async function attemptCounts(db: Db, questionIds: string[]): Promise<Map<string, number>> {
  if (questionIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ questionId: string; n: bigint }[]>`
    SELECT qv."questionId", count(*)::bigint AS n
    FROM "Response" r JOIN "QuestionVersion" qv ON qv.id = r."questionVersionId"
    WHERE qv."questionId" = ANY(${questionIds})
    GROUP BY qv."questionId"`;
  return new Map(rows.map((r) => [r.questionId, Number(r.n)]));
}
