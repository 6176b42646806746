import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { misconceptionCells, questionStats, titled, wrongAnswers } from "../dashboard/analysis";
import { attemptsCsv, gradebookCsv } from "../dashboard/csv";
import { overview } from "../dashboard/overview";
import { courseProcedure, router, STAFF } from "../trpc";
import { studentDetail } from "../dashboard/student";

const optionalQuiz = z.object({ quizId: z.string().min(1).optional() });

/** Every dashboard procedure is for the course's instructors and TAs (and admins). */
const staff = () => courseProcedure(STAFF);

async function checkQuizInCourse(db: Parameters<typeof overview>[0], courseId: string, quizId?: string) {
  if (!quizId) return;
  const quiz = await db.quiz.findFirst({ where: { id: quizId, courseId }, select: { id: true } });
  if (!quiz) throw new TRPCError({ code: "NOT_FOUND", message: "quizId: no such quiz in this course" });
}

export const dashboardRouter = router({
  overview: staff().query(({ ctx, input }) => overview(ctx.db, input.courseId, ctx.now())),

  questionAnalysis: staff().input(optionalQuiz).query(async ({ ctx, input }) => {
    await checkQuizInCourse(ctx.db, input.courseId, input.quizId);
    const [stats, wrong, cells] = await Promise.all([
      questionStats(ctx.db, input.courseId, input.quizId),
      wrongAnswers(ctx.db, input.courseId, input.quizId),
      misconceptionCells(ctx.db, input.courseId, input.quizId),
    ]);
    return stats.map((s) => ({
      ...s,
      difficulty: s.meanScore,
      wrongAnswers: wrong.filter((w) => w.questionId === s.questionId).map((w) => ({ answer: w.answer, count: w.n, misconceptions: w.misconceptions })),
      misconceptions: cells
        .filter((c) => c.questionId === s.questionId)
        .map((c) => ({ id: c.misconceptionId, title: titled([c.misconceptionId])[0]!.title, count: c.n }))
        .sort((a, b) => b.count - a.count),
    }));
  }),

  heatmap: staff().input(optionalQuiz).query(async ({ ctx, input }) => {
    await checkQuizInCourse(ctx.db, input.courseId, input.quizId);
    const [stats, cells] = await Promise.all([
      questionStats(ctx.db, input.courseId, input.quizId),
      misconceptionCells(ctx.db, input.courseId, input.quizId),
    ]);
    const ids = [...new Set(cells.map((c) => c.misconceptionId))].sort();
    return {
      questions: stats.map((s) => ({ questionId: s.questionId, title: s.title, responses: s.responses })),
      misconceptions: titled(ids),
      cells: cells.map((c) => ({ questionId: c.questionId, misconceptionId: c.misconceptionId, count: c.n })),
    };
  }),

  student: staff()
    .input(z.object({ userId: z.string().min(1) }))
    .query(({ ctx, input }) => studentDetail(ctx.db, input.courseId, input.userId)),

  gradebookCsv: staff().query(({ ctx, input }) => gradebookCsv(ctx.db, input.courseId)),
  /** Research export, optionally for one quiz (a whole large course is a few hundred thousand rows). */
  attemptsCsv: staff().input(optionalQuiz).query(({ ctx, input }) => attemptsCsv(ctx.db, input.courseId, input.quizId)),
});
