// Instantiates a question template: picks parameter values and the order of independent statements
// from a seed, substitutes {{param}} everywhere in the question, and renumbers the lines targets use.
import { type Question, type Template } from "../question/schema";
import { rng, type Rng } from "./seed";

export interface Variant {
  seed: number;
  program: string;
  values: Record<string, string | number>;
  /** template line (1-based) -> variant line; identity when nothing was shuffled. */
  lineMap: Map<number, number>;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

export function substitute(text: string, values: Record<string, string | number>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Values of the first choice of every parameter: the variant instructors see while authoring. */
export function defaultValues(template: Template): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [name, p] of Object.entries(template.params)) {
    values[name] = p.type === "int" ? p.min : (p.choices[0] as string | number);
  }
  return values;
}

function pickValues(template: Template, r: Rng): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  const usedNames = new Set<string>();
  for (const [name, p] of Object.entries(template.params)) {
    if (p.type === "int") values[name] = r.int(p.min, p.max);
    else if (p.type === "choice") values[name] = r.pick(p.choices);
    else {
      // Two name parameters must not collapse into one variable, so prefer unused choices.
      const fresh = p.choices.filter((c) => !usedNames.has(c));
      const chosen = r.pick(fresh.length > 0 ? fresh : p.choices);
      usedNames.add(chosen);
      values[name] = chosen;
    }
  }
  return values;
}

/** Permutes each shuffle group's lines among the group's positions. */
function shuffleLines(lines: string[], groups: number[][], r: Rng | null): Map<number, number> {
  const map = new Map<number, number>();
  lines.forEach((_, i) => map.set(i + 1, i + 1));
  if (!r) return map;
  const original = [...lines];
  for (const group of groups) {
    const positions = [...group].sort((a, b) => a - b);
    const order = r.shuffle(positions);
    positions.forEach((pos, i) => {
      const from = order[i] as number;
      lines[pos - 1] = original[from - 1] as string;
      map.set(from, pos);
    });
  }
  return map;
}

/** seed === null gives the default variant (first choices, template order). */
export function instantiate(q: Question, seed: number | null): Variant {
  const template = q.template ?? { params: {}, shuffle: [] };
  const r = seed === null ? null : rng(seed);
  const values = r ? pickValues(template, r) : defaultValues(template);
  const lines = q.program.split("\n");
  const lineMap = shuffleLines(lines, template.shuffle, r);
  return { seed: seed ?? 0, program: substitute(lines.join("\n"), values), values, lineMap };
}

/** Applies a variant to every string and line number of the question (targets, items, prompt). */
export function applyVariant(q: Question, v: Variant): Question {
  const walk = (node: unknown, key: string): unknown => {
    if (typeof node === "string") return substitute(node, v.values);
    if (typeof node === "number" && key === "line") return v.lineMap.get(node) ?? node;
    if (Array.isArray(node)) return node.map((n) => walk(n, ""));
    if (node && typeof node === "object") {
      return Object.fromEntries(Object.entries(node).map(([k, val]) => [k, k === "template" ? val : walk(val, k)]));
    }
    return node;
  };
  return { ...(walk(q, "") as Question), program: v.program };
}
