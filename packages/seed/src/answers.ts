// Answers for the seeded past attempts: the grader's own full-marks answer, or a typical wrong
// one (so the dashboards show misconceptions). The grader scores both; nothing is hard-coded.
import { kinds, type Kind, type Question } from "@heapwise/grader";

type Json = Record<string, unknown>;

/** Deterministic "does this student get this item right" (about two in three do). */
export function answersCorrectly(student: string, itemPosition: number, attemptNumber: number): boolean {
  // FNV-1a over the triple: a well-mixed, stable hash (plain multiply-add would make this
  // depend on the last character only).
  let h = 0x811c9dc5;
  for (const ch of `${student}|${itemPosition}|${attemptNumber}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h % 3 !== 0;
}

export function keyAnswer(kind: Kind, key: unknown): Json {
  return kinds[kind].keyAnswer(key) as Json;
}

const flipPlace = (place: unknown): string => (place === "heap" || (place as Json)?.place === "heap" ? "global" : "heap");
const IDENTITY_WRONG: Record<string, string> = { same: "equal", equal: "same", different: "same", seen: "not-seen", "not-seen": "seen" };

/** A plausible wrong answer, built from the right one. */
export function wrongAnswer(q: Question, right: Json): Json {
  switch (q.kind) {
    case "output": {
      const lines = String(right.output ?? "").trimEnd().split("\n");
      return { output: lines.slice(0, -1).join("\n") + "\n" }; // forgot the last line (e.g. a __del__)
    }
    case "where-lives":
      return { places: Object.fromEntries(Object.entries((right.places as Json) ?? {}).map(([id, p]) => [id, flipPlace(p)])) };
    case "when-freed":
      return right.freed === "never" ? { freed: "line", line: 1 } : { freed: "never" };
    case "alive": {
      const alive = new Set((right.alive as string[]) ?? []);
      return { alive: q.items.map((i) => i.id).filter((id) => !alive.has(id)) };
    }
    case "refcount":
      return { count: Number(right.count ?? 0) + 1 };
    case "draw-memory":
      return { frames: right.frames ?? [], objects: [] };
    case "identity":
      return {
        answers: Object.fromEntries(Object.entries((right.answers as Json) ?? {}).map(([id, a]) => [id, IDENTITY_WRONG[String(a)] ?? "same"])),
      };
  }
}
