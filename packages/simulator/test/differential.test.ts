// Differential test: the simulator, in each version profile, must print exactly what the real
// interpreter printed (recorded by scripts/record-oracles.mjs). Programs listed in
// known-failures.txt must still fail, so that the list stays honest.
// HEAPWISE_UPDATE_KNOWN_FAILURES=1 rewrites known-failures.txt to the current state;
// HEAPWISE_REPORT=<file> writes every mismatch (first differing lines) to that file.
import { afterAll, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { describeMismatch, type Mismatch } from "./report";
import { simulate } from "../src/index";
import {
  KNOWN_FAILURES_FILE, PROFILES, expectedFor, failureKey, loadCorpus, loadKnownFailures, observed, sameResult,
} from "./corpus";

const corpus = loadCorpus();
const known = loadKnownFailures();
const failing: string[] = [];
const mismatches: Mismatch[] = [];
const passCount: Record<string, number> = { "3.11": 0, "3.14": 0 };

describe.each(PROFILES)("corpus on Python %s", (profile) => {
  it.each(corpus.map((p) => [p.rel, p] as const))("%s", (rel, program) => {
    const result = simulate(program.source, { python: profile, trace: false });
    const actual = observed(result, profile);
    const expected = expectedFor(program, profile);
    const ok = sameResult(actual, expected);
    const key = failureKey(profile, rel);
    if (ok) passCount[profile] = (passCount[profile] ?? 0) + 1;
    else {
      failing.push(key);
      mismatches.push({ key, expected, actual });
    }
    if (process.env.HEAPWISE_UPDATE_KNOWN_FAILURES) return;
    if (known.has(key)) {
      expect(ok, `${key} passes now: remove it from test/known-failures.txt`).toBe(false);
    } else {
      expect(actual).toEqual(expected);
    }
  });
});

it("known-failures.txt names only corpus programs", () => {
  const keys = new Set(corpus.flatMap((p) => PROFILES.map((v) => failureKey(v, p.rel))));
  expect([...known].filter((k) => !keys.has(k))).toEqual([]);
});

afterAll(() => {
  const total = corpus.length;
  console.log(`differential: 3.11 ${passCount["3.11"]}/${total}, 3.14 ${passCount["3.14"]}/${total} pass`);
  const report = process.env.HEAPWISE_REPORT;
  if (report) writeFileSync(report, mismatches.sort((a, b) => a.key.localeCompare(b.key)).map(describeMismatch).join("\n\n") + "\n");
  if (process.env.HEAPWISE_UPDATE_KNOWN_FAILURES) {
    const header = "# Corpus programs the simulator does not match yet: \"<profile> <program>\".\n" +
      "# Regenerate: HEAPWISE_UPDATE_KNOWN_FAILURES=1 pnpm vitest run test/differential.test.ts\n";
    writeFileSync(KNOWN_FAILURES_FILE, header + failing.sort().join("\n") + "\n");
  }
});
