// The contract every question kind implements. Keys are derived from the trace only, are
// JSON-serialisable (the API may store them) and are never part of the student view.
import { type RunResult, type Trace } from "@heapwise/simulator";
import { type z } from "zod";
import { type Kind, type QuestionOf } from "../question/schema";
import { type KindGrade, type Result } from "../types";

export interface KindContext<K extends Kind> {
  q: QuestionOf<K>;
  trace: Trace;
  run: RunResult;
  /** Source lines of the variant, index 0 = line 1. */
  lines: string[];
}

export interface KindModule<K extends Kind, Key, Answer> {
  kind: K;
  answerSchema: z.ZodType<Answer>;
  deriveKey(ctx: KindContext<K>): Result<Key>;
  /** What the student may see besides program and prompt: item labels, choices. Never the key. */
  studentItems(q: QuestionOf<K>): unknown;
  /** An answer that earns full marks: used for instructor previews, examples and tests. */
  keyAnswer(key: Key): Answer;
  grade(ctx: KindContext<K>, key: Key, answer: Answer): KindGrade;
}

/** Source text of a 1-based line, trimmed; "" when out of range. */
export const lineText = (lines: string[], line: number): string => (lines[line - 1] ?? "").trim();

/** Rough classification of a source line, for misconception detectors. */
export function lineFlavor(lines: string[], line: number): Set<string> {
  const t = lineText(lines, line);
  const f = new Set<string>();
  if (/^del\s+[A-Za-z_]\w*\s*(,|$)/.test(t)) f.add("del-name");
  if (/^del\s+.*[[.]/.test(t)) f.add("del-item");
  if (/\.(pop|remove|clear|popitem)\(/.test(t)) f.add("remove");
  if (/^return\b/.test(t)) f.add("return");
  if (/\byield\b/.test(t)) f.add("yield");
  if (/gc\.collect\(/.test(t)) f.add("gc");
  if (/^(for|while)\b/.test(t)) f.add("loop");
  return f;
}

/** The innermost `for`/`while` header that encloses a line, by indentation. */
export function enclosingLoop(lines: string[], line: number): number | null {
  const indent = (s: string): number => s.length - s.trimStart().length;
  const own = indent(lines[line - 1] ?? "");
  for (let i = line - 2; i >= 0; i--) {
    const s = lines[i] ?? "";
    if (s.trim() === "" || indent(s) >= own) continue;
    if (/^\s*(for|while)\b/.test(s)) return i + 1;
    if (indent(s) === 0) return null;
  }
  return null;
}

export const PRIMITIVE_KINDS: ReadonlySet<string> = new Set(["int", "float", "str", "bool", "none"]);
