// Checks that need no simulation: template placeholders are declared, shuffle groups are plain
// one-line statements at one indentation, line numbers exist in the program.
import { type Question } from "./schema";
import { placeholdersIn } from "../variants/template";
import { type ValidationError } from "../types";

function linesUsed(node: unknown, path: string, out: { path: string; line: number }[]): void {
  if (Array.isArray(node)) node.forEach((n, i) => linesUsed(n, `${path}.${i}`, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "template") continue;
      const p = path ? `${path}.${k}` : k;
      if (k === "line" && typeof v === "number") out.push({ path: p, line: v });
      else linesUsed(v, p, out);
    }
  }
}

export function staticChecks(q: Question): ValidationError[] {
  const errors: ValidationError[] = [];
  const lines = q.program.split("\n");
  const params = q.template?.params ?? {};
  const used = new Set(placeholdersIn(JSON.stringify({ ...q, template: undefined })));
  for (const name of used) if (!(name in params)) errors.push({ path: "template.params", message: `{{${name}}} is used but no parameter ${name} is declared` });
  const refs: { path: string; line: number }[] = [];
  linesUsed(q, "", refs);
  for (const r of refs) if (r.line > lines.length) errors.push({ path: r.path, message: `line ${r.line} is past the end of the program (${lines.length} lines)` });
  const indent = (s: string): number => s.length - s.trimStart().length;
  (q.template?.shuffle ?? []).forEach((group, gi) => {
    const texts = group.map((l) => lines[l - 1]);
    if (texts.some((t) => t === undefined || t.trim() === "")) return void errors.push({ path: `template.shuffle.${gi}`, message: "every line of a shuffle group must be a statement of the program" });
    const ts = texts as string[];
    if (new Set(ts.map(indent)).size > 1) errors.push({ path: `template.shuffle.${gi}`, message: "lines of a shuffle group must have the same indentation" });
    if (ts.some((t) => /:\s*(#.*)?$/.test(t))) errors.push({ path: `template.shuffle.${gi}`, message: "a shuffle group may only hold one-line statements (no if/for/def headers)" });
    if (group.some((l, i) => group.indexOf(l) !== i)) errors.push({ path: `template.shuffle.${gi}`, message: "a line appears twice in the group" });
  });
  return errors;
}
