// Template parameters as the editor shows them (one row per parameter, choices as text) and the
// question file's `template` object ({params, shuffle}) they become. Only shapes input: the
// grader's schema validates the result and the preview reports its errors.

export type ParamType = "name" | "int" | "choice";
export interface ParamRow {
  name: string;
  type: ParamType;
  /** Comma-separated choices for "name" and "choice" parameters. */
  choices: string;
  min: string;
  max: string;
}
export interface TemplateRows {
  params: ParamRow[];
  /** Shuffle groups as text: groups separated by ";", line numbers by spaces or commas ("3 4; 7 8"). */
  shuffle: string;
}

type ParamJson = { type: "name" | "choice"; choices: (string | number)[] } | { type: "int"; min: number; max: number };
export interface TemplateJson {
  params: Record<string, ParamJson>;
  shuffle: number[][];
}

const splitList = (s: string) => s.split(",").map((c) => c.trim()).filter(Boolean);
const numberOr = (s: string): string | number => (/^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s);

export function emptyParam(n: number): ParamRow {
  return { name: `p${n}`, type: "name", choices: "", min: "1", max: "3" };
}

/** The question's template, or undefined when the rows declare nothing (not a template). */
export function rowsToTemplate(rows: TemplateRows): TemplateJson | undefined {
  const params: Record<string, ParamJson> = {};
  for (const r of rows.params) {
    const name = r.name.trim();
    if (!name) continue;
    if (r.type === "int") params[name] = { type: "int", min: Math.trunc(Number(r.min) || 0), max: Math.trunc(Number(r.max) || 0) };
    else if (r.type === "choice") params[name] = { type: "choice", choices: splitList(r.choices).map(numberOr) };
    else params[name] = { type: "name", choices: splitList(r.choices) };
  }
  const shuffle = parseShuffle(rows.shuffle);
  if (Object.keys(params).length === 0 && shuffle.length === 0) return undefined;
  return { params, shuffle };
}

export function parseShuffle(text: string): number[][] {
  return text
    .split(";")
    .map((g) => g.split(/[\s,]+/).filter(Boolean).map(Number).filter((n) => Number.isInteger(n) && n > 0))
    .filter((g) => g.length > 0);
}

export function templateToRows(value: unknown): TemplateRows {
  const t = (value ?? {}) as { params?: Record<string, Record<string, unknown>>; shuffle?: unknown };
  const params = Object.entries(t.params ?? {}).map(([name, p]): ParamRow => {
    const type: ParamType = p.type === "int" || p.type === "choice" ? p.type : "name";
    const choices = Array.isArray(p.choices) ? p.choices.map(String).join(", ") : "";
    return { name, type, choices, min: String(p.min ?? 1), max: String(p.max ?? 3) };
  });
  const shuffle = Array.isArray(t.shuffle) ? (t.shuffle as unknown[]).filter(Array.isArray).map((g) => (g as unknown[]).join(" ")).join("; ") : "";
  return { params, shuffle };
}
