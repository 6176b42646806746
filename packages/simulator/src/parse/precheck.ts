// Checks lezer does not report the way CPython does: unclosed or mismatched brackets and
// missing indented blocks, with CPython's messages.
import { syntaxError, SourceError } from "./ast";

const OPEN: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
const CLOSE: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
const NAMES: Record<string, string> = { "(": "parenthesis", "[": "bracket", "{": "brace", ")": "parenthesis", "]": "bracket", "}": "brace" };

/** Brackets, skipping strings and comments. */
export function checkBrackets(src: string): void {
  const stack: [string, number][] = [];
  let line = 1;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === "\n") line++;
    else if (c === "#") while (i + 1 < src.length && src[i + 1] !== "\n") i++;
    else if (c === "'" || c === '"') {
      const triple = src.startsWith(c.repeat(3), i);
      const q = triple ? c.repeat(3) : c;
      i += q.length;
      while (i < src.length && !src.startsWith(q, i)) {
        if (src[i] === "\\") i++;
        else if (src[i] === "\n") {
          if (!triple) break;
          line++;
        }
        i++;
      }
      i += q.length - 1;
    } else if (OPEN[c]) stack.push([c, line]);
    else if (CLOSE[c]) {
      const top = stack.pop();
      if (!top) syntaxError(`unmatched '${c}'`, line);
      if (top[0] !== CLOSE[c]) syntaxError(`closing ${NAMES[c]} '${c}' does not match opening ${NAMES[top[0]]} '${top[0]}'`, line);
    }
  }
  const open = stack[0];
  if (open) syntaxError(`'${open[0]}' was never closed`, open[1]);
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
