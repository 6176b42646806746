// CI check that the recorded expectations still match the real interpreters: python3 (3.11) on
// every program, and pyodide (3.14) on every program in one loaded instance.
// If this fails, re-record: node scripts/record-oracles.mjs
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { CORPUS_DIR, createPyodideRunner, runCpythonMany, type OracleResult } from "../scripts/oracles.mjs";
import { loadCorpus, sameResult } from "./corpus";

const corpus = loadCorpus();

function stale(actual: OracleResult[], pick: (i: number) => OracleResult): string[] {
  return corpus.filter((_, i) => !sameResult(actual[i] as OracleResult, pick(i))).map((p) => p.rel);
}

describe("recorded oracle outputs are current", () => {
  it("the corpus is large enough", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
  });

  it("python3 is CPython 3.11 and agrees with every py311 expectation", () => {
    expect(execFileSync("python3", ["--version"], { encoding: "utf8" })).toMatch(/^Python 3\.11\./);
    const files = corpus.map((p) => join(CORPUS_DIR, p.rel));
    const expected = new Map(corpus.map((p, i) => [files[i], p.expected.py311]));
    const results = runCpythonMany(files, (f) => expected.get(f));
    expect(stale(results, (i) => corpus[i]!.expected.py311)).toEqual([]);
  }, 300_000);

  it("pyodide is CPython 3.14 and agrees with every py314 expectation", async () => {
    const runner = await createPyodideRunner();
    expect(runner.version).toMatch(/^3\.14\./);
    const results = corpus.map((p) => runner.run(p.source));
    expect(stale(results, (i) => corpus[i]!.expected.py314)).toEqual([]);
  }, 300_000);
});
