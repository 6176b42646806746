// `heapwise trace --summary`: one row per object the program created.
import { type ObjectLifetime, type Trace } from "@heapwise/simulator";

function freedBy(l: ObjectLifetime): string {
  if (l.immortal) return l.immortal === "cached" ? "never (cached)" : "never (constant)";
  if (!l.freed) return "never (alive at exit)";
  const how = l.freed.reason === "refcount" ? "refcount" : l.freed.reason === "gc" ? "cyclic gc" : "program end";
  return how;
}

function at(line: number, exec: number): string {
  if (line === 0) return "-";
  return exec > 1 ? `${line} (#${exec})` : String(line);
}

export function lifetimeTable(trace: Trace): string {
  const rows: string[][] = [["id", "type", "created", "freed", "by"]];
  for (const l of trace.objects()) {
    if (l.immortal === "cached" && l.createdLine === 0) continue; // shared singletons: not created by the program
    rows.push([String(l.id), l.type, at(l.createdLine, l.createdExecution), l.freed ? at(l.freed.line, l.freed.lineExecution) : "-", freedBy(l)]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join("  ").trimEnd()).join("\n") + "\n";
}
