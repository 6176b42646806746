import type { Db } from "@heapwise/db";
import { TRPCError } from "@trpc/server";
import { describeMisconceptions } from "../lib/grading";
import { studentProgress } from "../lib/progress";

/** One member's attempts with every answer, score, feedback and misconception, plus progress. */
export async function studentDetail(db: Db, courseId: string, userId: string) {
  const member = await db.enrollment.findUnique({
    where: { userId_courseId: { userId, courseId } },
    include: { user: { select: { id: true, name: true, email: true } } },
  });
  if (!member) throw new TRPCError({ code: "NOT_FOUND", message: "userId: not a member of this course" });
  const attempts = await db.attempt.findMany({
    where: { userId, quiz: { courseId } },
    include: {
      quiz: { select: { title: true } },
      responses: {
        include: { quizItem: { select: { position: true, question: { select: { title: true, kind: true } } } } },
        orderBy: { quizItem: { position: "asc" } },
      },
    },
    orderBy: { startedAt: "desc" },
  });
  const progress = await studentProgress(db, userId, courseId);
  return {
    student: { ...member.user, role: member.role },
    attempts: attempts.map((a) => ({
      id: a.id,
      quizId: a.quizId,
      quizTitle: a.quiz.title,
      number: a.number,
      startedAt: a.startedAt,
      submittedAt: a.submittedAt,
      score: a.score,
      maxScore: a.maxScore,
      responses: a.responses.map((r) => ({
        quizItemId: r.quizItemId,
        position: r.quizItem.position,
        title: r.quizItem.question.title,
        kind: r.quizItem.question.kind,
        answer: r.answer,
        score: r.score,
        maxScore: r.maxScore,
        feedback: r.feedback,
        misconceptions: describeMisconceptions(r.misconceptions),
      })),
    })),
    timeline: progress.attempts,
    misconceptions: progress.misconceptions.map((m) => ({ ...m, held: m.shown, overcome: m.correctedSince })),
  };
}
