import { misconceptionTitle } from "./grading";

export type ResponseFact = {
  submittedAt: Date;
  kind: string;
  score: number;
  maxScore: number;
  misconceptions: string[];
};

export type MisconceptionProgress = {
  id: string;
  title: string;
  shown: number;
  lastShownAt: Date;
  /** Answered a question of a kind where it showed fully right after it last showed. */
  correctedSince: boolean;
};

/**
 * Which misconceptions a student's answers showed, and which they have overcome since.
 * "Overcome" means: after the last response showing it, a fully right answer to a question of a
 * kind on which it had showed. Input is one student's responses (small), oldest first or not.
 */
export function misconceptionProgress(facts: ResponseFact[]): MisconceptionProgress[] {
  const sorted = [...facts].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  const stats = new Map<string, { shown: number; last: Date; kinds: Set<string> }>();
  for (const f of sorted) {
    for (const id of f.misconceptions) {
      const s = stats.get(id) ?? { shown: 0, last: f.submittedAt, kinds: new Set<string>() };
      s.shown += 1;
      s.last = f.submittedAt;
      s.kinds.add(f.kind);
      stats.set(id, s);
    }
  }
  return [...stats.entries()]
    .map(([id, s]) => ({
      id,
      title: misconceptionTitle(id),
      shown: s.shown,
      lastShownAt: s.last,
      correctedSince: sorted.some(
        (f) => f.submittedAt > s.last && s.kinds.has(f.kind) && f.maxScore > 0 && f.score >= f.maxScore,
      ),
    }))
    .sort((a, b) => b.shown - a.shown || a.id.localeCompare(b.id));
}
