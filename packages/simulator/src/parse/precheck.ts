// Checks lezer does not report the way CPython does: unclosed or mismatched brackets and
// missing indented blocks, with CPython's messages.
import { syntaxError, SourceError } from "./ast";

const OPEN: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
const CLOSE: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
const NAMES: Record<string, string> = { "(": "parenthesis", "[": "bracket", "{": "brace", ")": "parenthesis", "]": "bracket", "}": "brace" };

/**
 * Brackets and unterminated strings, skipping comments, in source order as CPython's tokenizer
 * meets them. Returns the first line of every logical line (not inside brackets, a string or a
 * backslash continuation), which the indentation check needs.
 */
export function checkBrackets(src: string): number[] {
  const stack: [string, number][] = [];
  const starts: number[] = [];
  let line = 1;
  let lineStart = true; // at the start of a physical line that begins a logical line
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (lineStart && c !== " " && c !== "\t" && c !== "\f" && c !== "\n" && c !== "#") starts.push(line);
    if (c !== " " && c !== "\t" && c !== "\f") lineStart = false;
    if (c === "\n") {
      line++;
      lineStart = stack.length === 0;
    } else if (c === "\\" && src[i + 1] === "\n") {
      i++;
      line++;
    } else if (c === "#") while (i + 1 < src.length && src[i + 1] !== "\n") i++;
    else if (c === "'" || c === '"') {
      const r = skipString(src, i, line);
      i = r.end;
      line = r.line;
    } else if (OPEN[c]) stack.push([c, line]);
    else if (CLOSE[c]) {
      const top = stack.pop();
      if (!top) syntaxError(`unmatched '${c}'`, line);
      if (top[0] !== CLOSE[c]) syntaxError(`closing ${NAMES[c]} '${c}' does not match opening ${NAMES[top[0]]} '${top[0]}'`, line);
    }
  }
  const open = stack[0];
  if (open) syntaxError(`'${open[0]}' was never closed`, open[1]);
  return starts;
}

/** From the opening quote at `i`: index of the closing quote's last char, and the line there. */
function skipString(src: string, i: number, line: number): { end: number; line: number } {
  const c = src[i]!;
  const triple = src.startsWith(c.repeat(3), i);
  const q = triple ? c.repeat(3) : c;
  const startLine = line;
  i += q.length;
  while (!src.startsWith(q, i)) {
    if (i >= src.length || (!triple && src[i] === "\n")) {
      // CPython words both cases this way; a triple-quoted one names its first line.
      const last = src.endsWith("\n") ? line - 1 : line; // the file's last line, not the empty one after it
      if (triple) syntaxError(`unterminated triple-quoted string literal (detected at line ${last})`, startLine);
      syntaxError(`unterminated string literal (detected at line ${line})`, line);
    }
    if (src[i] === "\\") {
      if (src[i + 1] === "\n") line++;
      i++;
    } else if (src[i] === "\n") line++;
    i++;
  }
  return { end: i + q.length - 1, line };
}

/**
 * CPython's indentation stack over logical lines: a line indented deeper than the one before
 * (when that one does not open a block) is "unexpected indent"; a dedent to a level not on the
 * stack is "unindent does not match any outer indentation level". Returns the first such error.
 */
export function findIndentError(src: string, starts: number[]): SourceError | null {
  const lines = src.split("\n");
  const stack = [0];
  let opensBlock = false;
  for (const no of starts) {
    const text = lines[no - 1] ?? "";
    const indent = indentWidth(text);
    const top = stack[stack.length - 1]!;
    if (indent > top) {
      if (!opensBlock) return new SourceError("SyntaxError", "unexpected indent", no, "IndentationError");
      stack.push(indent);
    } else if (indent < top) {
      while (stack.length && stack[stack.length - 1]! > indent) stack.pop();
      if (stack[stack.length - 1] !== indent) {
        return new SourceError("SyntaxError", "unindent does not match any outer indentation level", no, "IndentationError");
      }
    }
    opensBlock = endsWithColon(lines, no, starts);
  }
  return null;
}

/** Tabs advance to the next multiple of 8, as CPython's tokenizer counts them. */
function indentWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (ch === " ") w++;
    else if (ch === "\t") w = (Math.floor(w / 8) + 1) * 8;
    else if (ch !== "\f") break;
  }
  return w;
}

/** Whether the logical line starting at `no` ends with ':' (comments stripped, roughly). */
function endsWithColon(lines: string[], no: number, starts: number[]): boolean {
  const next = starts.find((s) => s > no) ?? lines.length + 1;
  for (let k = next - 1; k >= no; k--) {
    const t = (lines[k - 1] ?? "").replace(/#[^'"]*$/, "").trimEnd();
    if (t) return t.endsWith(":") || /:\s*#/.test(lines[k - 1] ?? "");
  }
  return false;
}

const HEADERS: [RegExp, string][] = [
  [/^def\b/, "function definition"], [/^class\b/, "class definition"], [/^(if|elif|while|for|try|with)\b/, "'$1' statement"],
  [/^else\b/, "'else' statement"], [/^except\b/, "'except' statement"], [/^finally\b/, "'finally' statement"],
];

/** `def f():` followed by a line that is not indented more: IndentationError as CPython words it. */
export function checkIndentation(src: string): void {
  const lines = src.split("\n");
  const code = lines.map((l, i) => ({ text: l.replace(/\s+$/, ""), no: i + 1 })).filter((l) => l.text.trim() && !l.text.trim().startsWith("#"));
  for (let k = 0; k < code.length; k++) {
    const { text, no } = code[k]!;
    const stripped = text.trim();
    if (!stripped.endsWith(":")) continue;
    const h = HEADERS.find(([re]) => re.test(stripped));
    if (!h) continue;
    const indent = text.length - text.trimStart().length;
    const next = code[k + 1];
    const nextIndent = next ? next.text.length - next.text.trimStart().length : -1;
    if (nextIndent <= indent) {
      const what = stripped.replace(h[0], h[1]).startsWith("'") ? h[1].replace("$1", stripped.split(/\b/)[0]!) : h[1];
      throw new SourceError("SyntaxError", `expected an indented block after ${what} on line ${no}`, next?.no ?? lines.length, "IndentationError");
    }
  }
}
