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
 * Grades one item on the server, on the item's scale: the question is graded as worth the quiz
 * item's points, so the score, each part and the summary's "x of y points" all agree with what the
 * quiz shows. Client-sent scores never enter here.
 */
export function gradeItem(item: Pick<ItemForGrading, "points" | "questionVersion">, answer: unknown, seed: number) {
  const q: Question = { ...storedQuestion(item.questionVersion.definition), points: item.points };
  const result = grade(q, answer ?? null, { seed });
  return {
    score: result.score,
    maxScore: result.maxScore,
    feedback: { summary: result.feedback, parts: result.parts },
    misconceptions: [...new Set(result.misconceptions)],
  };
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
