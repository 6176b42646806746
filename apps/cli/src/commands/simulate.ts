// `heapwise run` and `heapwise trace`: thin wrappers around @heapwise/simulator.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { simulate, type PythonVersion, type SimulateOptions } from "@heapwise/simulator";
import { lifetimeTable } from "./summary";

export interface ParsedArgs {
  file: string;
  python: PythonVersion;
  summary: boolean;
}

export function parseArgs(args: string[]): ParsedArgs | string {
  let file: string | null = null;
  let python: PythonVersion = "3.14";
  let summary = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--python") {
      const v = args[++i];
      if (v !== "3.11" && v !== "3.14") return `unknown --python version: ${v ?? "(missing)"} (use 3.11 or 3.14)`;
      python = v;
    } else if (a.startsWith("--python=")) {
      const v = a.slice("--python=".length);
      if (v !== "3.11" && v !== "3.14") return `unknown --python version: ${v} (use 3.11 or 3.14)`;
      python = v;
    } else if (a === "--summary") summary = true;
    else if (a.startsWith("-")) return `unknown option: ${a}`;
    else if (file === null) file = a;
    else return `unexpected argument: ${a}`;
  }
  if (file === null) return "missing FILE.py";
  return { file, python, summary };
}

function load(args: string[]): { parsed: ParsedArgs; source: string } | number {
  const parsed = parseArgs(args);
  if (typeof parsed === "string") {
    process.stderr.write(`heapwise: ${parsed}\n`);
    return 2;
  }
  try {
    return { parsed, source: readFileSync(parsed.file, "utf8") };
  } catch (e) {
    process.stderr.write(`heapwise: cannot read ${parsed.file}: ${(e as Error).message}\n`);
    return 2;
  }
}

function options(p: ParsedArgs, trace: boolean): SimulateOptions {
  // CPython shows the script's absolute path in tracebacks.
  return { python: p.python, trace, filename: resolve(p.file) };
}

export function runCommand(args: string[]): number {
  const l = load(args);
  if (typeof l === "number") return l;
  const r = simulate(l.source, options(l.parsed, false));
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  return r.exitCode;
}

export function traceCommand(args: string[]): number {
  const l = load(args);
  if (typeof l === "number") return l;
  const r = simulate(l.source, options(l.parsed, true));
  if (l.parsed.summary) {
    process.stdout.write(r.trace ? lifetimeTable(r.trace) : "");
    if (r.error) process.stderr.write(r.stderr);
  } else {
    const out = { exitCode: r.exitCode, error: r.error, stdout: r.stdout, stderr: r.stderr, trace: r.trace?.toJSON() ?? null };
    process.stdout.write(JSON.stringify(out) + "\n");
  }
  return r.exitCode;
}
