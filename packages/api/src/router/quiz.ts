import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { quizFor } from "../lib/access";
import { viewFor } from "../lib/grading";
import { quizItemsInput, replaceItems } from "../lib/quizItems";
import { ANY_MEMBER, authedProcedure, courseProcedure, INSTRUCTOR, router, STAFF } from "../trpc";

const id = z.string().min(1);

const settings = z.object({
  title: z.string().trim().min(1).max(200),
  opensAt: z.coerce.date().nullable(),
  closesAt: z.coerce.date().nullable(),
  attemptsAllowed: z.number().int().min(1).max(100),
  feedbackRelease: z.enum(["IMMEDIATE", "AFTER_CLOSE"]),
  mode: z.enum(["PRACTICE", "GRADED"]),
});

function checkWindow(opensAt: Date | null | undefined, closesAt: Date | null | undefined) {
  if (opensAt && closesAt && closesAt <= opensAt) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "closesAt: must be after opensAt" });
  }
}

export const quizRouter = router({
  create: courseProcedure(INSTRUCTOR)
    .input(settings.partial().extend({ title: settings.shape.title, items: quizItemsInput.optional() }))
    .mutation(async ({ ctx, input }) => {
      checkWindow(input.opensAt, input.closesAt);
      const { items, ...fields } = input;
      return ctx.db.$transaction(async (tx) => {
        const quiz = await tx.quiz.create({ data: { ...fields, courseId: input.courseId } });
        if (items) await replaceItems(tx, quiz.id, input.courseId, items);
        return { id: quiz.id };
      });
    }),

  update: authedProcedure
    .input(settings.partial().extend({ quizId: id, items: quizItemsInput.optional() }))
    .mutation(async ({ ctx, input }) => {
      const { quiz } = await quizFor(ctx, input.quizId, INSTRUCTOR);
      const { quizId, items, ...fields } = input;
      checkWindow(fields.opensAt === undefined ? quiz.opensAt : fields.opensAt, fields.closesAt === undefined ? quiz.closesAt : fields.closesAt);
      await ctx.db.$transaction(async (tx) => {
        await tx.quiz.update({ where: { id: quizId }, data: fields });
        if (items) await replaceItems(tx, quizId, quiz.courseId, items);
      });
      return { id: quizId };
    }),

  setItems: authedProcedure.input(z.object({ quizId: id, items: quizItemsInput })).mutation(async ({ ctx, input }) => {
    const { quiz } = await quizFor(ctx, input.quizId, INSTRUCTOR);
    await ctx.db.$transaction((tx) => replaceItems(tx, quiz.id, quiz.courseId, input.items));
    return { id: quiz.id, itemCount: input.items.length };
  }),

  publish: authedProcedure.input(z.object({ quizId: id, published: z.boolean().default(true) })).mutation(async ({ ctx, input }) => {
    const { quiz } = await quizFor(ctx, input.quizId, INSTRUCTOR);
    if (input.published) {
      const items = await ctx.db.quizItem.count({ where: { quizId: quiz.id } });
      if (items === 0) throw new TRPCError({ code: "BAD_REQUEST", message: "items: a quiz needs at least one question" });
    }
    const updated = await ctx.db.quiz.update({
      where: { id: quiz.id },
      data: { publishedAt: input.published ? (quiz.publishedAt ?? ctx.now()) : null },
    });
    return { id: updated.id, publishedAt: updated.publishedAt };
  }),

  extendDeadline: authedProcedure
    .input(z.object({ quizId: id, userId: id, closesAt: z.coerce.date() }))
    .mutation(async ({ ctx, input }) => {
      const { quiz } = await quizFor(ctx, input.quizId, INSTRUCTOR);
      const member = await ctx.db.enrollment.findUnique({
        where: { userId_courseId: { userId: input.userId, courseId: quiz.courseId } },
      });
      if (!member) throw new TRPCError({ code: "BAD_REQUEST", message: "userId: not a member of this course" });
      const ext = await ctx.db.deadlineExtension.upsert({
        where: { quizId_userId: { quizId: quiz.id, userId: input.userId } },
        create: { quizId: quiz.id, userId: input.userId, closesAt: input.closesAt },
        update: { closesAt: input.closesAt },
      });
      return { quizId: ext.quizId, userId: ext.userId, closesAt: ext.closesAt };
    }),

  /** Staff see every quiz; students only published ones. */
  list: courseProcedure(ANY_MEMBER).query(async ({ ctx, input }) => {
    const staff = ctx.courseRole !== "STUDENT";
    const quizzes = await ctx.db.quiz.findMany({
      where: { courseId: input.courseId, ...(staff ? {} : { publishedAt: { not: null } }) },
      include: { _count: { select: { items: true } } },
      orderBy: [{ opensAt: "asc" }, { createdAt: "asc" }],
    });
    return quizzes.map(({ _count, ...q }) => ({ ...q, itemCount: _count.items }));
  }),

  /** "Preview as a student": each item's student view for one seed (staff only; no keys). */
  preview: authedProcedure
    .input(z.object({ quizId: id, seed: z.number().int().min(0).max(2 ** 32 - 1).default(1) }))
    .query(async ({ ctx, input }) => {
      const { quiz } = await quizFor(ctx, input.quizId, STAFF);
      const items = await ctx.db.quizItem.findMany({
        where: { quizId: quiz.id },
        include: { questionVersion: { select: { definition: true } }, question: { select: { kind: true, title: true } } },
        orderBy: { position: "asc" },
      });
      return {
        id: quiz.id,
        title: quiz.title,
        items: items.map((i) => ({
          quizItemId: i.id,
          position: i.position,
          points: i.points,
          kind: i.question.kind,
          title: i.question.title,
          view: viewFor(i.questionVersion.definition, input.seed),
        })),
      };
    }),

  /** Quiz settings and items. Items carry titles and kinds only: keys are never stored or sent. */
  get: authedProcedure.input(z.object({ quizId: id })).query(async ({ ctx, input }) => {
    const { quiz, role } = await quizFor(ctx, input.quizId, ANY_MEMBER);
    if (role === "STUDENT" && !quiz.publishedAt) throw new TRPCError({ code: "NOT_FOUND", message: "Quiz not found" });
    const items = await ctx.db.quizItem.findMany({
      where: { quizId: quiz.id },
      include: { question: { select: { title: true, kind: true } }, questionVersion: { select: { version: true } } },
      orderBy: { position: "asc" },
    });
    const extensions = STAFF.includes(role)
      ? await ctx.db.deadlineExtension.findMany({ where: { quizId: quiz.id }, select: { userId: true, closesAt: true } })
      : await ctx.db.deadlineExtension.findMany({ where: { quizId: quiz.id, userId: ctx.user.id }, select: { userId: true, closesAt: true } });
    return {
      ...quiz,
      myRole: role,
      extensions,
      items: items.map((i) => ({
        id: i.id,
        questionId: i.questionId,
        questionVersionId: i.questionVersionId,
        version: i.questionVersion.version,
        position: i.position,
        points: i.points,
        title: i.question.title,
        kind: i.question.kind,
      })),
    };
  }),
});
