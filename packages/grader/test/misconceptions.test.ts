import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MISCONCEPTION_IDS, misconception, misconceptions } from "../src/misconceptions/catalogue";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") && !p.endsWith(".test.ts") ? [p] : [];
  });
}

describe("misconception catalogue", () => {
  it("has at least 15 entries with unique ids and 2-3 sentence explanations", () => {
    expect(misconceptions.length).toBeGreaterThanOrEqual(15);
    expect(MISCONCEPTION_IDS.size).toBe(misconceptions.length);
    for (const m of misconceptions) {
      const sentences = m.truth.split(/(?<=\.)\s+(?=[A-Z`])/).length;
      expect(sentences, m.id).toBeGreaterThanOrEqual(2);
      expect(sentences, m.id).toBeLessThanOrEqual(3);
    }
  });
  it("every id a detector can emit is in the catalogue", () => {
    const kindsDir = join(import.meta.dirname, "../src/kinds");
    const graphDir = join(import.meta.dirname, "../src/graph");
    const emitted = new Set<string>();
    for (const file of [...sources(kindsDir), ...sources(graphDir)]) {
      for (const m of readFileSync(file, "utf8").matchAll(/"([a-z]+(?:-[a-z]+)+)"/g)) {
        if (MISCONCEPTION_IDS.has(m[1] as string)) emitted.add(m[1] as string);
      }
    }
    expect(emitted.size).toBeGreaterThanOrEqual(15);
    expect(() => misconception("no-such-belief")).toThrow();
  });
});
