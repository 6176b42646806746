import {
  grade,
  misconceptions as catalogue,
  prepareQuestion,
  studentView,
  variantSeed,
  type Question,
} from "@heapwise/grader";
import { storedQuestion } from "./definition";

export type ItemForGrading = {
  id: string;
  points: number;
  questionVersionId: string;
  questionVersion: { definition: unknown };
};

/** The seed of one item's variant for one attempt: stable, so reloads and re-grades agree. */
export function seedFor(questionVersionId: string, userId: string, attemptNumber: number): number {
  return variantSeed(questionVersionId, userId, attemptNumber);
}

export function viewFor(definition: unknown, seed: number) {
  return studentView(storedQuestion(definition), seed);
}

/** Key and the variant's program, for released results and staff. */
export function keyFor(definition: unknown, seed: number) {
  const prepared = prepareQuestion(storedQuestion(definition), { seed });
  return prepared.ok ? { key: prepared.key, program: prepared.variant.program } : { key: null, program: null };
}

/**
 * Grades one item on the server. The grader scores on its own scale (maxScore); the item is worth
 * `points`, so the stored score is scaled to points. Client-sent scores never enter here.
 */
export function gradeItem(item: ItemForGrading, answer: unknown, seed: number) {
  const q: Question = storedQuestion(item.questionVersion.definition);
  const result = grade(q, answer ?? null, { seed });
  const fraction = result.maxScore > 0 ? result.score / result.maxScore : 0;
  return {
    score: round(fraction * item.points),
    maxScore: item.points,
    feedback: { summary: result.feedback, parts: result.parts, rawScore: result.score, rawMax: result.maxScore },
    misconceptions: [...new Set(result.misconceptions)],
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

const byId = new Map(catalogue.map((m) => [m.id, m]));

/** Catalogue entries for misconception ids (unknown ids are kept with the id as title). */
export function describeMisconceptions(ids: readonly string[]) {
  return ids.map((id) => {
    const m = byId.get(id);
    return m ? { id, title: m.title, belief: m.belief, truth: m.truth } : { id, title: id, belief: "", truth: "" };
  });
}

export function misconceptionTitle(id: string): string {
  return byId.get(id)?.title ?? id;
}
