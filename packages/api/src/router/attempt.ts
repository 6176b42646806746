import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { attemptFor, quizFor } from "../lib/access";
import { attemptResult } from "../lib/attemptResult";
import { seedFor, viewFor } from "../lib/grading";
import { answerTooLarge, toJson } from "../lib/json";
import { submitAttempt } from "../lib/submit";
import { effectiveClose, quizStatus } from "../lib/window";
import type { Context, SessionUser } from "../context";
import { ANY_MEMBER, authedProcedure, router } from "../trpc";

const id = z.string().min(1);
type Ctx = Context & { user: SessionUser };

/** The caller's close time for a quiz (quiz close, or their extension) and its status now. */
async function windowFor(ctx: Ctx, quiz: { id: string; closesAt: Date | null; opensAt: Date | null; publishedAt: Date | null }) {
  const extension = await ctx.db.deadlineExtension.findUnique({
    where: { quizId_userId: { quizId: quiz.id, userId: ctx.user.id } },
  });
  const closesAt = effectiveClose(quiz, extension);
  return { closesAt, status: quizStatus(quiz, closesAt, ctx.now()) };
}

function closedError(status: string): never {
  const message = status === "closed" ? "quiz closed" : status === "upcoming" ? "quiz not open yet" : "quiz not published";
  throw new TRPCError({ code: "FORBIDDEN", message });
}

export const attemptRouter = router({
  /** Starts (or resumes the unsubmitted) attempt, enforcing window, attempts allowed and membership. */
  start: authedProcedure.input(z.object({ quizId: id })).mutation(async ({ ctx, input }) => {
    const { quiz } = await quizFor(ctx, input.quizId, ANY_MEMBER);
    const { status } = await windowFor(ctx, quiz);
    if (status !== "open") closedError(status);
    const mine = await ctx.db.attempt.findMany({
      where: { quizId: quiz.id, userId: ctx.user.id },
      select: { id: true, number: true, submittedAt: true },
      orderBy: { number: "desc" },
    });
    const open = mine.find((a) => a.submittedAt === null);
    if (open) return { attemptId: open.id, number: open.number, resumed: true };
    if (mine.length >= quiz.attemptsAllowed) {
      throw new TRPCError({ code: "FORBIDDEN", message: "no attempts left" });
    }
    try {
      const created = await ctx.db.attempt.create({
        data: { quizId: quiz.id, userId: ctx.user.id, number: (mine[0]?.number ?? 0) + 1, startedAt: ctx.now() },
      });
      return { attemptId: created.id, number: created.number, resumed: false };
    } catch (e) {
      // Two tabs starting at once: (quiz, user, number) is unique, so the loser resumes the winner's.
      const raced = await ctx.db.attempt.findFirst({
        where: { quizId: quiz.id, userId: ctx.user.id, submittedAt: null },
      });
      if (raced) return { attemptId: raced.id, number: raced.number, resumed: true };
      throw e;
    }
  }),

  /** The attempt as the student sees it: student views of each variant and saved drafts; no keys. */
  get: authedProcedure.input(z.object({ attemptId: id })).query(async ({ ctx, input }) => {
    const { attempt } = await attemptFor(ctx, input.attemptId);
    const [items, drafts, course] = await Promise.all([
      ctx.db.quizItem.findMany({
        where: { quizId: attempt.quizId },
        include: { questionVersion: { select: { definition: true } }, question: { select: { kind: true, title: true } } },
        orderBy: { position: "asc" },
      }),
      ctx.db.draft.findMany({ where: { attemptId: attempt.id } }),
      ctx.db.course.findUniqueOrThrow({ where: { id: attempt.quiz.courseId }, select: { name: true } }),
    ]);
    const draftOf = new Map(drafts.map((d) => [d.quizItemId, d]));
    const extension = await ctx.db.deadlineExtension.findUnique({
      where: { quizId_userId: { quizId: attempt.quizId, userId: attempt.userId } },
    });
    return {
      id: attempt.id,
      number: attempt.number,
      startedAt: attempt.startedAt,
      submittedAt: attempt.submittedAt,
      quiz: {
        id: attempt.quiz.id,
        title: attempt.quiz.title,
        closesAt: effectiveClose(attempt.quiz, extension),
        courseId: attempt.quiz.courseId,
        courseName: course.name,
        mode: attempt.quiz.mode,
      },
      items: items.map((item) => {
        const seed = seedFor(item.questionVersionId, attempt.userId, attempt.number);
        const draft = draftOf.get(item.id);
        return {
          quizItemId: item.id,
          position: item.position,
          points: item.points,
          kind: item.question.kind,
          title: item.question.title,
          view: viewFor(item.questionVersion.definition, seed),
          draft: draft ? draft.answer : null,
          draftUpdatedAt: draft?.updatedAt ?? null,
        };
      }),
    };
  }),

  /** Autosave: upserts one item's answer while the attempt is open. */
  saveDraft: authedProcedure
    .input(z.object({ attemptId: id, quizItemId: id, answer: z.unknown() }))
    .mutation(async ({ ctx, input }) => {
      if (answerTooLarge(input.answer)) throw new TRPCError({ code: "BAD_REQUEST", message: "answer: too large" });
      const { attempt } = await attemptFor(ctx, input.attemptId, { ownerOnly: true });
      if (attempt.submittedAt) throw new TRPCError({ code: "CONFLICT", message: "attempt already submitted" });
      const { status } = await windowFor(ctx, attempt.quiz);
      if (status !== "open") closedError(status);
      const item = await ctx.db.quizItem.findFirst({ where: { id: input.quizItemId, quizId: attempt.quizId } });
      if (!item) throw new TRPCError({ code: "BAD_REQUEST", message: "quizItemId: not an item of this quiz" });
      const answer = toJson(input.answer);
      const draft = await ctx.db.draft.upsert({
        where: { attemptId_quizItemId: { attemptId: attempt.id, quizItemId: item.id } },
        create: { attemptId: attempt.id, quizItemId: item.id, answer },
        update: { answer },
      });
      return { updatedAt: draft.updatedAt };
    }),

  /**
   * Submits once. The same idempotencyKey (a retry, a double click) returns the recorded attempt;
   * a second submit of an already-submitted attempt also returns it instead of grading again.
   */
  submit: authedProcedure
    .input(
      z.object({
        attemptId: id,
        idempotencyKey: z.string().min(8).max(100),
        answers: z.array(z.object({ quizItemId: id, answer: z.unknown() })).max(200).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const byKey = await ctx.db.attempt.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
      if (byKey) {
        if (byKey.userId !== ctx.user.id || byKey.id !== input.attemptId) {
          throw new TRPCError({ code: "CONFLICT", message: "idempotencyKey: already used for another attempt" });
        }
        return summary(byKey);
      }
      const { attempt } = await attemptFor(ctx, input.attemptId, { ownerOnly: true });
      if (attempt.submittedAt) return summary(attempt);
      if (input.answers?.some((a) => answerTooLarge(a.answer))) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "answers: too large" });
      }
      const { status } = await windowFor(ctx, attempt.quiz);
      if (status !== "open") closedError(status);
      await submitAttempt(ctx.db, {
        attemptId: attempt.id,
        userId: ctx.user.id,
        idempotencyKey: input.idempotencyKey,
        answers: input.answers,
        now: ctx.now(),
      });
      const stored = await ctx.db.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
      return summary(stored);
    }),

  /** My attempts, newest first (optionally for one quiz). */
  mine: authedProcedure.input(z.object({ quizId: id.optional() }).default({})).query(async ({ ctx, input }) => {
    const attempts = await ctx.db.attempt.findMany({
      where: { userId: ctx.user.id, ...(input.quizId ? { quizId: input.quizId } : {}) },
      include: { quiz: { select: { title: true, courseId: true } } },
      orderBy: { startedAt: "desc" },
      take: 500,
    });
    return attempts.map((a) => ({
      id: a.id,
      quizId: a.quizId,
      quizTitle: a.quiz.title,
      courseId: a.quiz.courseId,
      number: a.number,
      startedAt: a.startedAt,
      submittedAt: a.submittedAt,
      score: a.score,
      maxScore: a.maxScore,
    }));
  }),

  result: authedProcedure.input(z.object({ attemptId: id })).query(async ({ ctx, input }) => {
    const { attempt, isOwner } = await attemptFor(ctx, input.attemptId);
    if (!attempt.submittedAt) throw new TRPCError({ code: "CONFLICT", message: "attempt not submitted yet" });
    return attemptResult(ctx.db, attempt, { staff: !isOwner, now: ctx.now() });
  }),
});

function summary(a: { id: string; score: number | null; maxScore: number | null; submittedAt: Date | null }) {
  return { attemptId: a.id, score: a.score ?? 0, maxScore: a.maxScore ?? 0, submittedAt: a.submittedAt };
}
