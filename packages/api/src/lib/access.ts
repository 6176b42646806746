import { TRPCError } from "@trpc/server";
import type { Context, SessionUser } from "../context";
import { requireCourseRole, type CourseRole } from "../trpc";

type Ctx = Context & { user: SessionUser };

function notFound(what: string): never {
  throw new TRPCError({ code: "NOT_FOUND", message: `${what} not found` });
}

/** Loads a question and checks the caller's role in its course. */
export async function questionFor(ctx: Ctx, questionId: string, roles: readonly CourseRole[]) {
  const question = await ctx.db.question.findUnique({ where: { id: questionId } });
  if (!question) notFound("Question");
  const role = await requireCourseRole(ctx, question.courseId, roles);
  return { question, role };
}

/** Loads a quiz and checks the caller's role in its course. */
export async function quizFor(ctx: Ctx, quizId: string, roles: readonly CourseRole[]) {
  const quiz = await ctx.db.quiz.findUnique({ where: { id: quizId } });
  if (!quiz) notFound("Quiz");
  const role = await requireCourseRole(ctx, quiz.courseId, roles);
  return { quiz, role };
}

/**
 * Loads an attempt for reading: its owner, or staff of its course. Anyone else gets NOT_FOUND,
 * so attempt ids cannot be probed for existence.
 */
export async function attemptFor(ctx: Ctx, attemptId: string, opts: { ownerOnly?: boolean } = {}) {
  const attempt = await ctx.db.attempt.findUnique({ where: { id: attemptId }, include: { quiz: true } });
  if (!attempt) notFound("Attempt");
  if (attempt.userId === ctx.user.id) return { attempt, isOwner: true as const };
  if (opts.ownerOnly) notFound("Attempt");
  try {
    await requireCourseRole(ctx, attempt.quiz.courseId, ["INSTRUCTOR", "TA"]);
  } catch {
    notFound("Attempt");
  }
  return { attempt, isOwner: false as const };
}
