import { prepareQuestion, questionSchema, type Question } from "@heapwise/grader";
import { TRPCError } from "@trpc/server";

export type DefinitionIssue = { path: string; message: string };

/**
 * Validates a question definition in two stages: the file format (zod), then the semantics
 * (the grader runs the program and derives the key with the default seed). Both must pass
 * before anything is stored, so a saved version is always gradable.
 */
export function checkDefinition(definition: unknown): { ok: true; question: Question } | { ok: false; errors: DefinitionIssue[] } {
  const parsed = questionSchema.safeParse(definition);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
    };
  }
  const prepared = prepareQuestion(parsed.data, {});
  if (!prepared.ok) return { ok: false, errors: prepared.errors.map((e) => ({ path: String(e.path), message: e.message })) };
  return { ok: true, question: parsed.data };
}

/** Like checkDefinition, but throws BAD_REQUEST naming the first offending field. */
export function requireDefinition(definition: unknown, field = "definition"): Question {
  const checked = checkDefinition(definition);
  if (checked.ok) return checked.question;
  const message = checked.errors.map((e) => `${e.path ? `${field}.${e.path}` : field}: ${e.message}`).join("; ");
  throw new TRPCError({ code: "BAD_REQUEST", message });
}

/** Reads a stored definition; stored versions were validated on save, so failure is a server bug. */
export function storedQuestion(definition: unknown): Question {
  return questionSchema.parse(definition);
}

/** The searchable columns kept on Question, derived from the definition so they never disagree. */
export function questionMeta(q: Question): { title: string; kind: string; tags: string[] } {
  const title = q.title ?? q.prompt.split("\n")[0]!.slice(0, 120);
  return { title, kind: q.kind, tags: [...new Set(q.tags)] };
}
