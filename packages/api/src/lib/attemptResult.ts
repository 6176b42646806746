import type { Attempt, Db, Quiz } from "@heapwise/db";
import { describeMisconceptions, keyFor, viewFor } from "./grading";
import { effectiveClose, isReleased } from "./window";

type StoredFeedback = {
  summary?: string;
  parts?: { id: string; score: number; max: number; feedback: string; step?: number }[];
};

/**
 * The graded attempt. Score, per-part feedback and misconceptions always go to the owner;
 * the key and the replay pointer only once released (IMMEDIATE, or after close). Staff see all.
 */
export async function attemptResult(db: Db, attempt: Attempt & { quiz: Quiz }, opts: { staff: boolean; now: Date }) {
  const extension = await db.deadlineExtension.findUnique({
    where: { quizId_userId: { quizId: attempt.quizId, userId: attempt.userId } },
  });
  const closesAt = effectiveClose(attempt.quiz, extension);
  const released = opts.staff || isReleased(attempt.quiz, closesAt, opts.now);
  const responses = await db.response.findMany({
    where: { attemptId: attempt.id },
    include: {
      quizItem: { select: { position: true, question: { select: { kind: true, title: true } } } },
      questionVersion: { select: { definition: true } },
    },
    orderBy: { quizItem: { position: "asc" } },
  });
  return {
    id: attempt.id,
    userId: attempt.userId,
    quizId: attempt.quizId,
    quizTitle: attempt.quiz.title,
    courseId: attempt.quiz.courseId,
    number: attempt.number,
    submittedAt: attempt.submittedAt,
    score: attempt.score ?? 0,
    maxScore: attempt.maxScore ?? 0,
    released,
    releasesAt: released ? null : closesAt,
    items: responses.map((r) => {
      const feedback = (r.feedback ?? {}) as StoredFeedback;
      const parts = feedback.parts ?? [];
      const revealed = released ? keyFor(r.questionVersion.definition, r.seed) : null;
      // The replay opens where the first lost point is; with nothing lost, at the start.
      const firstWrong = parts.find((p) => p.score < p.max && typeof p.step === "number");
      return {
        quizItemId: r.quizItemId,
        position: r.quizItem.position,
        kind: r.quizItem.question.kind,
        title: r.quizItem.question.title,
        seed: r.seed,
        view: viewFor(r.questionVersion.definition, r.seed),
        answer: r.answer,
        score: r.score,
        maxScore: r.maxScore,
        feedback: feedback.summary ?? "",
        parts,
        misconceptions: describeMisconceptions(r.misconceptions),
        key: revealed?.key ?? null,
        program: revealed?.program ?? null,
        replayStep: released ? (firstWrong?.step ?? 0) : null,
      };
    }),
  };
}
