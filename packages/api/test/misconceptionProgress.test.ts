import { describe, expect, it } from "vitest";
import { misconceptionProgress, type ResponseFact } from "../src/lib/misconceptionProgress";

const at = (day: number) => new Date(Date.UTC(2026, 2, day));
const fact = (day: number, kind: string, score: number, misconceptions: string[] = []): ResponseFact => ({
  submittedAt: at(day),
  kind,
  score,
  maxScore: 1,
  misconceptions,
});

describe("misconception progress", () => {
  it("counts how often each misconception showed, most frequent first", () => {
    const out = misconceptionProgress([fact(1, "output", 0, ["is-equals"]), fact(2, "identity", 0, ["is-equals", "gc-later"])]);
    expect(out.map((m) => [m.id, m.shown])).toEqual([
      ["is-equals", 2],
      ["gc-later", 1],
    ]);
    expect(out[0]!.lastShownAt).toEqual(at(2));
  });

  it("counts it corrected only after a later fully right answer of the same kind", () => {
    const shown = fact(2, "output", 0, ["is-equals"]);
    expect(misconceptionProgress([fact(1, "output", 1), shown])[0]!.correctedSince).toBe(false);
    expect(misconceptionProgress([shown, fact(3, "identity", 1)])[0]!.correctedSince).toBe(false);
    expect(misconceptionProgress([shown, fact(3, "output", 0.5)])[0]!.correctedSince).toBe(false);
    expect(misconceptionProgress([fact(3, "output", 1), shown])[0]!.correctedSince).toBe(true);
  });

  it("is reopened when the misconception shows again after being corrected", () => {
    const out = misconceptionProgress([fact(1, "output", 0, ["gc-later"]), fact(2, "output", 1), fact(3, "output", 0, ["gc-later"])]);
    expect(out[0]).toMatchObject({ shown: 2, correctedSince: false });
  });
});
