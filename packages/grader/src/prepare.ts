// From a question definition (and a variant seed) to the variant's program, its answer key and the
// student view. Everything here is deterministic, so the server can regrade from stored answers.
import { type RunResult } from "@heapwise/simulator";
import { runCached, preparedCache } from "./cache";
import { kinds } from "./kinds";
import { zodErrors } from "./question/errors";
import { questionSchema, type Point, type Question } from "./question/schema";
import { staticChecks } from "./question/static-checks";
import { describePoint } from "./trace/points";
import { fnv1a } from "./variants/seed";
import { applyVariant, instantiate } from "./variants/template";
import { fail, type Result, type ValidationError } from "./types";

export interface StudentView {
  kind: Question["kind"];
  title?: string;
  prompt: string;
  program: string;
  python: Question["python"];
  memoryModel: Question["memoryModel"];
  points: number;
  /** The point the question is about (not part of the key), and its wording. */
  at?: Point;
  /** "after line 7 runs", "when f returns", ... (absent for output and when-freed without a point) */
  moment?: string;
  items: unknown;
}

export interface PreparedQuestion {
  ok: true;
  /** The question with the variant applied (placeholders substituted, lines renumbered). */
  question: Question;
  variant: { program: string; seed: number; values: Record<string, string | number> };
  key: unknown;
  studentView: StudentView;
}
export type PrepareResult = PreparedQuestion | { ok: false; errors: ValidationError[] };

export function parseQuestion(input: unknown): Result<Question> {
  if (input && typeof input === "object" && "formatVersion" in input && input.formatVersion !== 1) {
    return fail("formatVersion", `this grader reads question format version 1, not ${String(input.formatVersion)}`);
  }
  const parsed = questionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
  const errors = staticChecks(parsed.data);
  return errors.length ? { ok: false, errors } : { ok: true, value: parsed.data };
}

function programError(run: RunResult): ValidationError | null {
  if (!run.error) return run.trace ? null : { path: "program", message: "the simulator produced no trace for this program" };
  const e = run.error;
  const what = e.type === "PythonError" ? `${e.pythonType}: ${e.message}` : e.type === "LimitExceeded" ? `it runs too long or uses too much memory (${e.message})` : `${e.type}: ${e.message}`;
  return { path: "program", message: `the program does not run to the end: ${what} (line ${e.line})` };
}

export function buildView(q: Question, program: string): StudentView {
  const view: StudentView = { kind: q.kind, prompt: q.prompt, program, python: q.python, memoryModel: q.memoryModel, points: q.points, items: kinds[q.kind].studentItems(q) };
  if (q.title) view.title = q.title;
  if ("at" in q && q.at) {
    view.at = q.at;
    view.moment = describePoint(q.at);
  }
  return view;
}

/** One variant, with no fallback: used by authoring validation to test every sampled seed. */
export function prepareVariant(q: Question, seed: number | null): PrepareResult {
  const variant = instantiate(q, seed);
  const qv = applyVariant(q, variant);
  const run = runCached(variant.program, qv.python);
  const err = programError(run);
  if (err) return { ok: false, errors: [err] };
  const ctx = { q: qv, trace: run.trace as NonNullable<RunResult["trace"]>, run, lines: variant.program.split("\n") };
  const key = kinds[qv.kind].deriveKey(ctx);
  if (!key.ok) return key;
  return { ok: true, question: qv, variant: { program: variant.program, seed: variant.seed, values: variant.values }, key: key.value, studentView: buildView(qv, variant.program) };
}

const FALLBACK_TRIES = 8;

/**
 * The variant for `seed` (or the default variant without a seed). A seed whose variant is invalid
 * moves deterministically to the next candidate, and in the end to the default variant, so every
 * student gets a valid question.
 */
export function prepareQuestion(input: unknown, options: { seed?: number } = {}): PrepareResult {
  const cacheKey = `${JSON.stringify(input)}\u0000${options.seed ?? "default"}`;
  const cached = preparedCache.get(cacheKey) as PrepareResult | undefined;
  if (cached) return cached;
  const parsed = parseQuestion(input);
  if (!parsed.ok) return parsed;
  const q = parsed.value;
  let result: PrepareResult = prepareVariant(q, null);
  if (result.ok && options.seed !== undefined && q.template && Object.keys(q.template.params).length + q.template.shuffle.length > 0) {
    for (let i = 0; i < FALLBACK_TRIES; i++) {
      const candidate = prepareVariant(q, i === 0 ? options.seed : fnv1a(`${options.seed}:${i}`));
      if (candidate.ok) { result = candidate; break; }
    }
  }
  preparedCache.set(cacheKey, result);
  return result;
}

/** What a student may see for a seed: program, prompt, items. Never the key. */
export function studentView(input: unknown, seed?: number): StudentView {
  const prepared = prepareQuestion(input, seed === undefined ? {} : { seed });
  if (!prepared.ok) throw new QuestionError(prepared.errors);
  return prepared.studentView;
}

export class QuestionError extends Error {
  constructor(readonly errors: ValidationError[]) {
    super(`invalid question: ${errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`);
    this.name = "QuestionError";
  }
}
