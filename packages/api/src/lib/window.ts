import type { Quiz } from "@heapwise/db";

export type QuizStatus = "draft" | "upcoming" | "open" | "closed";

/** The close time that applies to one student: their extension wins over the quiz's. */
export function effectiveClose(quiz: Pick<Quiz, "closesAt">, extension?: { closesAt: Date } | null): Date | null {
  if (!extension) return quiz.closesAt;
  if (!quiz.closesAt) return extension.closesAt;
  return extension.closesAt > quiz.closesAt ? extension.closesAt : quiz.closesAt;
}

/** Status on the server clock; `closesAt` should already include the student's extension. */
export function quizStatus(
  quiz: Pick<Quiz, "publishedAt" | "opensAt">,
  closesAt: Date | null,
  now: Date,
): QuizStatus {
  if (!quiz.publishedAt) return "draft";
  if (quiz.opensAt && now < quiz.opensAt) return "upcoming";
  if (closesAt && now > closesAt) return "closed";
  return "open";
}

/**
 * Key and replay are released at once for IMMEDIATE quizzes, otherwise once the quiz has closed
 * for this student (a student with an extension waits for their own deadline).
 */
export function isReleased(quiz: Pick<Quiz, "feedbackRelease" | "closesAt">, closesAt: Date | null, now: Date): boolean {
  if (quiz.feedbackRelease === "IMMEDIATE") return true;
  const close = closesAt ?? quiz.closesAt;
  return close !== null && now > close;
}
