import type { Prisma } from "@heapwise/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";

export const quizItemsInput = z
  .array(z.object({ questionId: z.string().min(1), points: z.number().int().min(1).max(1000).default(1) }))
  .max(200);

/**
 * Replaces a quiz's items in the given order, pinning each question's latest version.
 * Refused once anyone has started the quiz: their attempts point at these items.
 */
export async function replaceItems(
  tx: Prisma.TransactionClient,
  quizId: string,
  courseId: string,
  items: z.infer<typeof quizItemsInput>,
) {
  const current = await tx.quizItem.findMany({ where: { quizId }, orderBy: { position: "asc" } });
  const unchanged =
    current.length === items.length &&
    current.every((c, i) => c.questionId === items[i]!.questionId && c.points === items[i]!.points);
  // Saving the settings form resends the items; identical items are not a change.
  if (unchanged) return;
  const started = await tx.attempt.count({ where: { quizId } });
  if (started > 0) throw new TRPCError({ code: "CONFLICT", message: "items: the quiz already has attempts" });
  const ids = [...new Set(items.map((i) => i.questionId))];
  const questions = await tx.question.findMany({
    where: { id: { in: ids }, courseId },
    include: { versions: { orderBy: { version: "desc" }, take: 1, select: { id: true } } },
  });
  const latest = new Map(questions.map((q) => [q.id, q.versions[0]?.id]));
  items.forEach((item, index) => {
    if (!latest.get(item.questionId)) {
      throw new TRPCError({ code: "BAD_REQUEST", message: `items.${index}.questionId: not a question of this course` });
    }
  });
  await tx.quizItem.deleteMany({ where: { quizId } });
  await tx.quizItem.createMany({
    data: items.map((item, position) => ({
      quizId,
      questionId: item.questionId,
      questionVersionId: latest.get(item.questionId)!,
      position,
      points: item.points,
    })),
  });
}
