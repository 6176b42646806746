// Authoring-time validation: the default variant and a sample of seeded variants must all run, have
// a well-defined key and not be trivial. A template that cannot produce valid variants is rejected.
import { gradePrepared } from "./grade";
import { kinds } from "./kinds";
import { parseQuestion, prepareVariant, type PreparedQuestion } from "./prepare";
import { type Question } from "./question/schema";
import { fnv1a } from "./variants/seed";
import { type ValidationError } from "./types";

export const SAMPLE_SEEDS = 12;

/** A key is trivial when a blank answer already earns full marks. */
function trivial(p: PreparedQuestion): ValidationError | null {
  const q = p.question;
  const blank: Record<Question["kind"], unknown> = {
    "where-lives": { places: {} },
    "when-freed": { freed: "never" },
    alive: { alive: [] },
    refcount: { count: 0, referrers: [] },
    "draw-memory": { frames: [], objects: [] },
    output: { output: "" },
    identity: { answers: {} },
  };
  if (q.kind === "when-freed" || q.kind === "alive") return null; // "never" and "nothing alive" are real answers
  const result = gradePrepared(p, blank[q.kind]);
  return result.score >= result.maxScore ? { path: "(root)", message: "an empty answer already earns full marks: the question asks nothing" } : null;
}

/** One answer for every item is allowed, but usually means the question tests less than intended. */
function uniformWarning(p: PreparedQuestion): string[] {
  const answer = kinds[p.question.kind].keyAnswer(p.key) as Record<string, unknown>;
  const values = p.question.kind === "identity" ? Object.values(answer.answers as Record<string, string>) : p.question.kind === "where-lives" ? Object.values(answer.places as Record<string, unknown>).map((v) => JSON.stringify(v)) : [];
  if (p.question.kind === "alive" && "items" in p.question) {
    const alive = (answer.alive as string[]).length;
    if (p.question.items.length > 1 && (alive === 0 || alive === p.question.items.length)) return ["every item has the same answer (all alive or none): a student who guesses one answer for all gets full marks"];
  }
  return values.length > 1 && new Set(values).size === 1 ? ["every item has the same answer: a student who guesses one answer for all gets full marks"] : [];
}

export interface ValidationReport {
  ok: boolean;
  errors: ValidationError[];
  warnings: string[];
  /** The default variant, as the instructor's preview shows it. */
  preview?: PreparedQuestion;
}

export function validateQuestion(input: unknown): ValidationReport {
  const parsed = parseQuestion(input);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, warnings: [] };
  const q = parsed.value;
  const base = prepareVariant(q, null);
  if (!base.ok) return { ok: false, errors: base.errors, warnings: [] };
  const t = trivial(base);
  if (t) return { ok: false, errors: [t], warnings: [], preview: base };
  const templated = !!q.template && Object.keys(q.template.params).length + q.template.shuffle.length > 0;
  if (!templated) return { ok: true, errors: [], warnings: uniformWarning(base), preview: base };
  const errors: ValidationError[] = [];
  const answers = [JSON.stringify(kinds[q.kind].keyAnswer(base.key))];
  for (let i = 0; i < SAMPLE_SEEDS; i++) {
    const seed = fnv1a(`sample:${i}`);
    const v = prepareVariant(q, seed);
    if (!v.ok) {
      errors.push(...v.errors.map((e) => ({ path: e.path, message: `variant #${i + 1} (seed ${seed}): ${e.message}` })));
      continue;
    }
    answers.push(JSON.stringify(kinds[q.kind].keyAnswer(v.key)));
  }
  // Copying a neighbour's answer should usually fail: most pairs of variants must differ in their answer.
  const distinct = new Set(answers).size;
  const copyable = distinct === 1 ? "every sampled variant has the same answer" : distinct * 2 < answers.length ? `only ${distinct} different answers among ${answers.length} sampled variants` : "";
  const warnings = [...uniformWarning(base), ...(copyable ? [`${copyable}: students could copy a neighbour's answer`] : [])];
  return { ok: errors.length === 0, errors: errors.slice(0, 10), warnings, preview: base };
}
