import type { Db, Prisma } from "@heapwise/db";
import { TRPCError } from "@trpc/server";
import { gradeItem, seedFor } from "./grading";
import { toJson } from "./json";
import { recordAttemptStats } from "../dashboard/stats";

export type SubmitArgs = {
  attemptId: string;
  userId: string;
  idempotencyKey: string;
  answers?: { quizItemId: string; answer: unknown }[];
  now: Date;
};

/**
 * Submits and grades an attempt in one transaction. The first statement claims the attempt
 * (`submittedAt IS NULL` -> now); a concurrent second submit blocks on that row lock and then
 * finds nothing to claim, so exactly one set of responses is ever written.
 * Returns false when another request had already submitted the attempt.
 */
export async function submitAttempt(db: Db, args: SubmitArgs): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      const claimed = await tx.attempt.updateMany({
        where: { id: args.attemptId, userId: args.userId, submittedAt: null },
        data: { submittedAt: args.now, idempotencyKey: args.idempotencyKey },
      });
      if (claimed.count === 0) return false;
      const attempt = await tx.attempt.findUniqueOrThrow({ where: { id: args.attemptId } });
      const items = await tx.quizItem.findMany({
        where: { quizId: attempt.quizId },
        include: { questionVersion: { select: { definition: true } } },
        orderBy: { position: "asc" },
      });
      await storeFinalAnswers(tx, args, new Set(items.map((i) => i.id)));
      // Grade from what is stored, never from anything the client computed.
      const drafts = await tx.draft.findMany({ where: { attemptId: attempt.id } });
      const answerOf = new Map(drafts.map((d) => [d.quizItemId, d.answer as unknown]));
      let score = 0;
      let maxScore = 0;
      const responses = items.map((item) => {
        const seed = seedFor(item.questionVersionId, attempt.userId, attempt.number);
        const answer = answerOf.get(item.id) ?? null;
        const graded = gradeItem(item, answer, seed);
        score += graded.score;
        maxScore += graded.maxScore;
        return {
          attemptId: attempt.id,
          quizItemId: item.id,
          questionVersionId: item.questionVersionId,
          seed,
          answer: toJson(answer),
          score: graded.score,
          maxScore: graded.maxScore,
          feedback: graded.feedback as unknown as Prisma.InputJsonValue,
          misconceptions: graded.misconceptions,
        };
      });
      await tx.response.createMany({ data: responses });
      await tx.attempt.update({
        where: { id: attempt.id },
        data: { score: Math.round(score * 1000) / 1000, maxScore },
      });
      // Dashboard aggregates move in the same transaction, so they never disagree with Response.
      await recordAttemptStats(tx, attempt.id);
      return true;
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}

async function storeFinalAnswers(tx: Prisma.TransactionClient, args: SubmitArgs, itemIds: Set<string>) {
  for (const [index, a] of (args.answers ?? []).entries()) {
    if (!itemIds.has(a.quizItemId)) {
      throw new TRPCError({ code: "BAD_REQUEST", message: `answers.${index}.quizItemId: not an item of this quiz` });
    }
    const answer = toJson(a.answer);
    await tx.draft.upsert({
      where: { attemptId_quizItemId: { attemptId: args.attemptId, quizItemId: a.quizItemId } },
      create: { attemptId: args.attemptId, quizItemId: a.quizItemId, answer },
      update: { answer },
    });
  }
}
