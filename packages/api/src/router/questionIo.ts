import { z } from "zod";
import { checkDefinition, questionMeta, type DefinitionIssue } from "../lib/definition";
import { courseProcedure, INSTRUCTOR } from "../trpc";

/** A bank file: many questions in the grader's format (formatVersion 1), one JSON document. */
const bankFile = z.object({ formatVersion: z.literal(1).optional(), questions: z.array(z.unknown()) });

/** Accepts a single question, an array of questions, or a bank file. */
function questionsOf(payload: unknown): unknown[] {
  const bank = bankFile.safeParse(payload);
  if (bank.success) return bank.data.questions;
  if (Array.isArray(payload)) return payload;
  return [payload];
}

export const questionIoProcedures = {
  /** Export the latest version of each (or the chosen) question as a bank file. */
  export: courseProcedure(INSTRUCTOR)
    .input(z.object({ questionIds: z.array(z.string().min(1)).max(1000).optional(), includeArchived: z.boolean().default(false) }))
    .query(async ({ ctx, input }) => {
      const questions = await ctx.db.question.findMany({
        where: {
          courseId: input.courseId,
          ...(input.questionIds ? { id: { in: input.questionIds } } : {}),
          ...(input.includeArchived || input.questionIds ? {} : { archivedAt: null }),
        },
        include: { versions: { orderBy: { version: "desc" }, take: 1 } },
        orderBy: { createdAt: "asc" },
      });
      return { formatVersion: 1 as const, questions: questions.map((q) => q.versions[0]!.definition) };
    }),

  /**
   * Import a single question or a bank. Valid questions are created (each as version 1);
   * invalid ones are reported by index and path, and nothing partial is stored for them.
   */
  import: courseProcedure(INSTRUCTOR)
    .input(z.object({ file: z.unknown().optional(), questions: z.array(z.unknown()).max(1000).optional() }))
    .mutation(async ({ ctx, input }) => {
      const candidates = input.questions ?? questionsOf(input.file);
      const errors: (DefinitionIssue & { index: number })[] = [];
      const valid = [];
      for (const [index, definition] of candidates.entries()) {
        const checked = checkDefinition(definition);
        if (checked.ok) valid.push(checked.question);
        else errors.push(...checked.errors.map((e) => ({ index, ...e })));
      }
      const ids = await ctx.db.$transaction(
        valid.map((q) =>
          ctx.db.question.create({
            data: {
              courseId: input.courseId,
              createdById: ctx.user.id,
              ...questionMeta(q),
              versions: { create: { version: 1, definition: q as object } },
            },
            select: { id: true },
          }),
        ),
      );
      return { created: ids.length, ids: ids.map((r) => r.id), errors };
    }),
};
