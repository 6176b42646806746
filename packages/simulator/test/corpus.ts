// Loading the corpus, its recorded expectations and the known-failures list, and comparing a
// simulator run with a recorded oracle result.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import {
  CORPUS_DIR, listCorpus, expectedPathFor, lastLine, sameOracleResult, type Expected, type OracleResult,
} from "../scripts/oracles.mjs";
import { type PythonVersion, type RunResult } from "../src/index";

export interface CorpusProgram {
  rel: string; // "topic/NNN_name.py"
  source: string;
  expected: Expected;
}

export function loadCorpus(): CorpusProgram[] {
  return listCorpus().map((rel) => ({
    rel,
    source: readFileSync(join(CORPUS_DIR, rel), "utf8"),
    expected: JSON.parse(readFileSync(expectedPathFor(rel), "utf8")) as Expected,
  }));
}

export const PROFILES: PythonVersion[] = ["3.11", "3.14"];

export const KNOWN_FAILURES_FILE = join(import.meta.dirname, "known-failures.txt");

/** Known failures, one per line: "<profile> <topic/NNN_name.py>"; "#" starts a comment. */
export function loadKnownFailures(): Set<string> {
  if (!existsSync(KNOWN_FAILURES_FILE)) return new Set();
  const keys = readFileSync(KNOWN_FAILURES_FILE, "utf8")
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter(Boolean);
  return new Set(keys.map((k) => k.split(/\s+/).join(" ")));
}

export function failureKey(profile: PythonVersion, rel: string): string {
  return `${profile} ${rel}`;
}

/**
 * The part of a run that the oracle recorded. For 3.14, pyodide has no interpreter shutdown, so
 * only the output before shutdown is comparable.
 */
export function observed(result: RunResult, profile: PythonVersion): OracleResult {
  const stdout = profile === "3.14" ? result.stdout.slice(0, result.shutdownOutputStart) : result.stdout;
  return {
    stdout,
    exitCode: result.exitCode,
    lastErrorLine: result.exitCode === 0 ? null : lastLine(result.stderr),
  };
}

export function expectedFor(p: CorpusProgram, profile: PythonVersion): OracleResult {
  return profile === "3.11" ? p.expected.py311 : p.expected.py314;
}

export const sameResult = sameOracleResult;
