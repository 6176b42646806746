// A short, human-readable account of a mismatch (first differing output line with context),
// written for the simulator's authors when HEAPWISE_REPORT=<file> is set.
import { type OracleResult } from "../scripts/oracles.mjs";

export interface Mismatch {
  key: string;
  expected: OracleResult;
  actual: OracleResult;
}

function firstDiff(a: string[], b: string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

export function describeMismatch(m: Mismatch): string {
  const exp = m.expected.stdout.split("\n");
  const act = m.actual.stdout.split("\n");
  const lines = [`### ${m.key}`];
  if (m.expected.stdout !== m.actual.stdout) {
    const i = firstDiff(exp, act);
    const from = Math.max(0, i - 2);
    lines.push(`stdout differs at line ${i + 1}:`);
    lines.push("  expected: " + JSON.stringify(exp.slice(from, i + 3).join("\n")));
    lines.push("  actual:   " + JSON.stringify(act.slice(from, i + 3).join("\n")));
  }
  if (m.expected.exitCode !== m.actual.exitCode || m.expected.lastErrorLine !== m.actual.lastErrorLine) {
    lines.push(`  exit/error expected: ${m.expected.exitCode} ${JSON.stringify(m.expected.lastErrorLine)}`);
    lines.push(`  exit/error actual:   ${m.actual.exitCode} ${JSON.stringify(m.actual.lastErrorLine)}`);
  }
  return lines.join("\n");
}
