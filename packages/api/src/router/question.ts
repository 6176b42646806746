import { prepareQuestion } from "@heapwise/grader";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { questionFor } from "../lib/access";
import { attemptCounts } from "../lib/attemptCounts";
import { checkDefinition, questionMeta, requireDefinition } from "../lib/definition";
import { authedProcedure, courseProcedure, INSTRUCTOR, requireCourseRole, router, STAFF } from "../trpc";
import { questionIoProcedures } from "./questionIo";

const id = z.string().min(1);

export const questionRouter = router({
  list: courseProcedure(STAFF)
    .input(
      z.object({
        search: z.string().trim().max(200).optional(),
        kind: z.string().max(40).optional(),
        tag: z.string().max(100).optional(),
        includeArchived: z.boolean().default(false),
      }),
    )
    .query(async ({ ctx, input }) => {
      const questions = await ctx.db.question.findMany({
        where: {
          courseId: input.courseId,
          ...(input.includeArchived ? {} : { archivedAt: null }),
          ...(input.kind ? { kind: input.kind } : {}),
          ...(input.tag ? { tags: { has: input.tag } } : {}),
          ...(input.search ? { title: { contains: input.search, mode: "insensitive" as const } } : {}),
        },
        include: { versions: { orderBy: { version: "desc" }, take: 1, select: { id: true, version: true } } },
        orderBy: { createdAt: "desc" },
      });
      const counts = await attemptCounts(ctx.db, questions.map((q) => q.id));
      return questions.map((q) => ({
        id: q.id,
        title: q.title,
        kind: q.kind,
        tags: q.tags,
        archivedAt: q.archivedAt,
        latestVersion: q.versions[0] ?? null,
        attemptCount: counts.get(q.id) ?? 0,
      }));
    }),

  get: authedProcedure.input(z.object({ questionId: id, version: z.number().int().min(1).optional() })).query(async ({ ctx, input }) => {
    const { question } = await questionFor(ctx, input.questionId, STAFF);
    const version = await ctx.db.questionVersion.findFirst({
      where: { questionId: question.id, ...(input.version ? { version: input.version } : {}) },
      orderBy: { version: "desc" },
    });
    if (!version) throw new TRPCError({ code: "NOT_FOUND", message: "version not found" });
    const counts = await attemptCounts(ctx.db, [question.id]);
    const versions = await ctx.db.questionVersion.findMany({
      where: { questionId: question.id },
      select: { id: true, version: true, createdAt: true },
      orderBy: { version: "desc" },
    });
    return {
      ...question,
      version: { id: version.id, version: version.version, definition: version.definition, createdAt: version.createdAt },
      versions,
      attemptCount: counts.get(question.id) ?? 0,
    };
  }),

  create: courseProcedure(INSTRUCTOR)
    .input(z.object({ definition: z.unknown() }))
    .mutation(async ({ ctx, input }) => {
      const q = requireDefinition(input.definition);
      const created = await ctx.db.question.create({
        data: {
          courseId: input.courseId,
          createdById: ctx.user.id,
          ...questionMeta(q),
          versions: { create: { version: 1, definition: q as object } },
        },
        include: { versions: true },
      });
      return { id: created.id, versionId: created.versions[0]!.id };
    }),

  /** Editing never changes a stored version: it appends version n+1 (attempts keep theirs). */
  saveVersion: authedProcedure.input(z.object({ questionId: id, definition: z.unknown() })).mutation(async ({ ctx, input }) => {
    await questionFor(ctx, input.questionId, INSTRUCTOR);
    const q = requireDefinition(input.definition);
    return ctx.db.$transaction(async (tx) => {
      const last = await tx.questionVersion.findFirst({ where: { questionId: input.questionId }, orderBy: { version: "desc" } });
      const version = (last?.version ?? 0) + 1;
      const created = await tx.questionVersion.create({
        data: { questionId: input.questionId, version, definition: q as object },
      });
      await tx.question.update({ where: { id: input.questionId }, data: questionMeta(q) });
      return { versionId: created.id, version };
    });
  }),

  duplicate: authedProcedure.input(z.object({ questionId: id, courseId: id.optional() })).mutation(async ({ ctx, input }) => {
    const { question } = await questionFor(ctx, input.questionId, INSTRUCTOR);
    const target = input.courseId ?? question.courseId;
    // Copying into another course needs instructor rights there too.
    if (target !== question.courseId) await requireCourseRole(ctx, target, INSTRUCTOR);
    const latest = await ctx.db.questionVersion.findFirstOrThrow({ where: { questionId: question.id }, orderBy: { version: "desc" } });
    const copy = await ctx.db.question.create({
      data: {
        courseId: target,
        createdById: ctx.user.id,
        title: target === question.courseId ? `${question.title} (copy)` : question.title,
        kind: question.kind,
        tags: question.tags,
        versions: { create: { version: 1, definition: latest.definition as object } },
      },
    });
    return { id: copy.id };
  }),

  archive: authedProcedure.input(z.object({ questionId: id, archived: z.boolean().default(true) })).mutation(async ({ ctx, input }) => {
    await questionFor(ctx, input.questionId, INSTRUCTOR);
    const q = await ctx.db.question.update({
      where: { id: input.questionId },
      data: { archivedAt: input.archived ? ctx.now() : null },
    });
    return { id: q.id, archivedAt: q.archivedAt };
  }),

  /** Key, student view and variant for several seeds: the authoring page's variant preview. */
  preview: courseProcedure(INSTRUCTOR)
    .input(
      z.object({
        definition: z.unknown(),
        seeds: z.array(z.number().int().min(0).max(2 ** 32 - 1)).max(12).default([1, 2, 3]),
      }),
    )
    .mutation(async ({ input }) => {
      const checked = checkDefinition(input.definition);
      if (!checked.ok) return { ok: false as const, errors: checked.errors, variants: [] };
      const variants = input.seeds.map((seed) => {
        const p = prepareQuestion(checked.question, { seed });
        return p.ok
          ? { seed, ok: true as const, program: p.variant.program, key: p.key, studentView: p.studentView, errors: [] }
          : { seed, ok: false as const, program: null, key: null, studentView: null, errors: p.errors };
      });
      return { ok: true as const, errors: [], variants };
    }),

  attemptCount: authedProcedure.input(z.object({ questionId: id })).query(async ({ ctx, input }) => {
    await questionFor(ctx, input.questionId, STAFF);
    const counts = await attemptCounts(ctx.db, [input.questionId]);
    return { attemptCount: counts.get(input.questionId) ?? 0 };
  }),

  ...questionIoProcedures,
});
