import type { Db } from "@heapwise/db";
import { misconceptionProgress } from "./misconceptionProgress";

/** One student's submitted attempts and misconception progress in one course. */
export async function studentProgress(db: Db, userId: string, courseId: string) {
  const attempts = await db.attempt.findMany({
    where: { userId, quiz: { courseId }, submittedAt: { not: null } },
    include: { quiz: { select: { title: true } } },
    orderBy: { submittedAt: "asc" },
  });
  const responses = await db.response.findMany({
    where: { attempt: { userId, quiz: { courseId }, submittedAt: { not: null } } },
    select: {
      score: true,
      maxScore: true,
      misconceptions: true,
      attempt: { select: { submittedAt: true } },
      quizItem: { select: { question: { select: { kind: true } } } },
    },
  });
  return {
    attempts: attempts.map((a) => ({
      attemptId: a.id,
      quizId: a.quizId,
      quizTitle: a.quiz.title,
      number: a.number,
      submittedAt: a.submittedAt!,
      score: a.score ?? 0,
      maxScore: a.maxScore ?? 0,
    })),
    misconceptions: misconceptionProgress(
      responses.map((r) => ({
        submittedAt: r.attempt.submittedAt!,
        kind: r.quizItem.question.kind,
        score: r.score,
        maxScore: r.maxScore,
        misconceptions: r.misconceptions,
      })),
    ),
  };
}
