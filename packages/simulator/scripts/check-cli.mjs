#!/usr/bin/env node
/* global process, console */
// Checks the `heapwise run` CLI against the recorded oracles on the corpus (or the programs whose
// path contains the filter): 3.11 must match exactly; for 3.14 the recorded output is pyodide's
// output before shutdown, so the CLI's stdout must start with it.
// Usage (slow: one CLI process per program and version): node scripts/check-cli.mjs [filter]
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_DIR, listCorpus, expectedPathFor, lastLine } from "./oracles.mjs";

const REPO = join(CORPUS_DIR, "..", "..", "..");
const filter = process.argv[2] ?? "";

function cli(file, python) {
  return new Promise((resolve) => {
    execFile("pnpm", ["--silent", "heapwise", "run", file, "--python", python], { cwd: REPO, encoding: "utf8", timeout: 120_000 },
      (err, stdout, stderr) => {
        const exitCode = err ? (typeof err.code === "number" ? err.code : -1) : 0;
        resolve({ stdout, exitCode, lastErrorLine: exitCode === 0 ? null : lastLine(stderr) });
      });
  });
}

function problems(rel, python, got, want) {
  const out = python === "3.11" ? got.stdout === want.stdout : got.stdout.startsWith(want.stdout);
  if (out && got.exitCode === want.exitCode && got.lastErrorLine === want.lastErrorLine) return null;
  return `${python} ${rel}\n  expected ${JSON.stringify(want)}\n  actual   ${JSON.stringify(got)}`;
}

const jobs = listCorpus().filter((f) => f.includes(filter)).flatMap((rel) => ["3.11", "3.14"].map((v) => [rel, v]));
const failures = [];
let next = 0;
async function worker() {
  while (next < jobs.length) {
    const [rel, python] = jobs[next++];
    const expected = JSON.parse(readFileSync(expectedPathFor(rel), "utf8"));
    const got = await cli(join(CORPUS_DIR, rel), python);
    const p = problems(rel, python, got, python === "3.11" ? expected.py311 : expected.py314);
    if (p) failures.push(p);
  }
}
await Promise.all([worker(), worker()]);
console.log(failures.join("\n"));
console.log(`${jobs.length - failures.length}/${jobs.length} CLI runs match the oracles`);
process.exit(failures.length ? 1 : 0);
