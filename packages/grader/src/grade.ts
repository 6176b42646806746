// Grades one answer against the key of the student's variant. The score is a pure function of
// (question definition, seed, answer): the server regrades from the stored answer.
import { type RunResult } from "@heapwise/simulator";
import { runCached } from "./cache";
import { kinds } from "./kinds";
import { misconception } from "./misconceptions/catalogue";
import { zodErrors } from "./question/errors";
import { prepareQuestion, QuestionError, type PreparedQuestion } from "./prepare";
import { type GradePart, type GradeResult, type KindGrade } from "./types";

const round = (n: number): number => Math.round(n * 1000) / 1000;

function scale(raw: KindGrade, points: number): { parts: GradePart[]; score: number } {
  const rawMax = raw.parts.reduce((n, p) => n + p.max, 0);
  const factor = rawMax > 0 ? points / rawMax : 0;
  const parts = raw.parts.map((p) => ({ ...p, score: round(p.score * factor), max: round(p.max * factor) }));
  const score = round(raw.parts.reduce((n, p) => n + p.score, 0) * factor);
  return { parts, score: Math.min(score, points) };
}

function summary(score: number, max: number): string {
  if (score >= max) return "Correct.";
  if (score <= 0) return "Not correct.";
  return `Partly correct: ${score} of ${max} points.`;
}

export function gradePrepared(prepared: PreparedQuestion, answer: unknown): GradeResult {
  const q = prepared.question;
  const kind = kinds[q.kind];
  const parsed = kind.answerSchema.safeParse(answer);
  if (!parsed.success) {
    const malformed = zodErrors(parsed.error, "answer");
    return { score: 0, maxScore: q.points, parts: [], misconceptions: [], explanations: [], feedback: `Your answer could not be read: ${malformed.map((m) => `${m.path}: ${m.message}`).join("; ")}`, malformed };
  }
  const run = runCached(prepared.variant.program, q.python);
  const ctx = { q, trace: run.trace as NonNullable<RunResult["trace"]>, run, lines: prepared.variant.program.split("\n") };
  const raw = kind.grade(ctx, prepared.key, parsed.data);
  const { parts, score } = scale(raw, q.points);
  const ids = [...new Set(raw.misconceptions)];
  const explanations = ids.map((id) => {
    const m = misconception(id);
    return { id, title: m.title, explanation: m.truth };
  });
  const feedback = [
    summary(score, q.points),
    ...parts.filter((p) => p.score < p.max).map((p) => p.feedback),
    ...(raw.notes ?? []),
    ...explanations.map((e) => `${e.title}? ${e.explanation}`),
    q.feedback ?? "",
  ].filter(Boolean).join("\n\n");
  return { score, maxScore: q.points, parts, misconceptions: ids, explanations, feedback };
}

/** Grades `answer`; throws QuestionError when the question itself is invalid (an authoring error). */
export function grade(question: unknown, answer: unknown, options: { seed?: number } = {}): GradeResult {
  const prepared = prepareQuestion(question, options);
  if (!prepared.ok) throw new QuestionError(prepared.errors);
  return gradePrepared(prepared, answer);
}
