import { z } from "zod";
import { studentProgress } from "../lib/progress";
import { effectiveClose, quizStatus } from "../lib/window";
import { authedProcedure, router } from "../trpc";

export const studentRouter = router({
  /** My courses with their published quizzes and my standing on each (aggregated in SQL). */
  home: authedProcedure.query(async ({ ctx }) => {
    const userId = ctx.user.id;
    const enrollments = await ctx.db.enrollment.findMany({
      where: { userId },
      include: {
        course: {
          include: {
            quizzes: {
              where: { publishedAt: { not: null } },
              include: { items: { select: { points: true } } },
              orderBy: [{ closesAt: "asc" }, { createdAt: "asc" }],
            },
          },
        },
      },
      orderBy: { course: { name: "asc" } },
    });
    const quizIds = enrollments.flatMap((e) => e.course.quizzes.map((q) => q.id));
    const [stats, attempts, extensions] = await Promise.all([
      ctx.db.attempt.groupBy({
        by: ["quizId"],
        where: { userId, quizId: { in: quizIds } },
        _count: { _all: true },
        _max: { score: true },
      }),
      ctx.db.attempt.findMany({
        where: { userId, quizId: { in: quizIds } },
        select: { id: true, quizId: true, submittedAt: true },
        orderBy: { number: "desc" },
      }),
      ctx.db.deadlineExtension.findMany({ where: { userId, quizId: { in: quizIds } } }),
    ]);
    const statOf = new Map(stats.map((s) => [s.quizId, s]));
    const extOf = new Map(extensions.map((e) => [e.quizId, e]));
    const now = ctx.now();
    return {
      courses: enrollments.map((e) => ({
        id: e.course.id,
        name: e.course.name,
        term: e.course.term,
        role: e.role,
        quizzes: e.course.quizzes.map((q) => {
          const closesAt = effectiveClose(q, extOf.get(q.id));
          const mine = attempts.filter((a) => a.quizId === q.id);
          return {
            id: q.id,
            title: q.title,
            opensAt: q.opensAt,
            closesAt,
            mode: q.mode,
            feedbackRelease: q.feedbackRelease,
            attemptsAllowed: q.attemptsAllowed,
            attemptsUsed: statOf.get(q.id)?._count._all ?? 0,
            bestScore: statOf.get(q.id)?._max.score ?? null,
            maxScore: q.items.reduce((sum, i) => sum + i.points, 0),
            status: quizStatus(q, closesAt, now),
            openAttemptId: mine.find((a) => !a.submittedAt)?.id ?? null,
            lastSubmittedAttemptId: mine.find((a) => a.submittedAt)?.id ?? null,
          };
        }),
      })),
    };
  }),
});

export const progressRouter = router({
  /** Per course: my scores over time, misconceptions shown and whether I have corrected them since. */
  mine: authedProcedure.input(z.object({ courseId: z.string().min(1).optional() }).default({})).query(async ({ ctx, input }) => {
    const enrollments = await ctx.db.enrollment.findMany({
      where: { userId: ctx.user.id, ...(input.courseId ? { courseId: input.courseId } : {}) },
      include: { course: { select: { id: true, name: true } } },
    });
    const courses = await Promise.all(
      enrollments.map(async (e) => ({ id: e.course.id, name: e.course.name, ...(await studentProgress(ctx.db, ctx.user.id, e.course.id)) })),
    );
    return { courses };
  }),
});
