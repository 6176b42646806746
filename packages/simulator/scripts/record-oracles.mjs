#!/usr/bin/env node
/* global process, console */
// Regenerates corpus/<topic>/NNN_name.expected.json from the real interpreters:
//   py311: native python3 (CPython 3.11), full output including interpreter shutdown;
//   py314: pyodide (CPython 3.14), output up to the end of the program (pyodide has no shutdown).
// Usage: node scripts/record-oracles.mjs [--check] [filter-substring]
//   --check: write nothing; exit 1 if a recorded file differs from what the interpreters print now.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_DIR, listCorpus, expectedPathFor, runCpython, createPyodideRunner } from "./oracles.mjs";

const args = process.argv.slice(2);
const check = args.includes("--check");
const filter = args.find((a) => !a.startsWith("--")) ?? "";

const files = listCorpus().filter((f) => f.includes(filter));
const pyodide = await createPyodideRunner();
console.log(`${files.length} programs; pyodide CPython ${pyodide.version}`);

let problems = 0;
for (const rel of files) {
  const file = join(CORPUS_DIR, rel);
  const py311 = runCpython(file, "0");
  // A program whose output depends on the string hash seed is not deterministic: reject it.
  const again = runCpython(file, "12345");
  if (JSON.stringify(again) !== JSON.stringify(py311)) {
    console.error(`NONDETERMINISTIC ${rel}`);
    problems++;
  }
  const py314 = pyodide.run(readFileSync(file, "utf8"));
  const text = JSON.stringify({ py311, py314 }, null, 2) + "\n";
  const target = expectedPathFor(rel);
  if (check) {
    const old = existsSync(target) ? readFileSync(target, "utf8") : "";
    if (old !== text) {
      console.error(`STALE ${rel}`);
      problems++;
    }
  } else {
    writeFileSync(target, text);
  }
}
console.log(problems ? `${problems} problem(s)` : check ? "all expectations current" : "recorded");
process.exit(problems ? 1 : 0);
