// Ways a student may name an object at a step: any name bound to it in any frame or the module,
// and short access paths from those names (xs[0], node.next). Used to accept equivalent answers.
import { type MemoryState, type ObjectId, type ObjectView, type Referrer } from "@heapwise/simulator";
import { userLabel, userRefs } from "./refs";

export function objectMap(state: MemoryState): Map<ObjectId, ObjectView> {
  return new Map(state.objects.map((o) => [o.id, o]));
}

/** name -> object for every frame binding and global, innermost frame first. */
export function rootNames(state: MemoryState): { name: string; frame: string; target: ObjectId }[] {
  const out: { name: string; frame: string; target: ObjectId }[] = [];
  const frames = [...state.frames].reverse();
  for (const f of frames) {
    for (const b of f.bindings) if (b.target !== null) out.push({ name: b.name, frame: f.functionName, target: b.target });
  }
  for (const b of state.globals) {
    if (b.target !== null && !out.some((o) => o.frame === "<module>" && o.name === b.name)) {
      out.push({ name: b.name, frame: "<module>", target: b.target });
    }
  }
  return out;
}

const MAX_PATHS = 2000;

/** Expressions (name, name[0], name.attr, up to `depth` hops) for every reachable object, shortest first. */
export function nameIndex(state: MemoryState, depth = 2, perObject = 4): Map<ObjectId, string[]> {
  const objs = objectMap(state);
  const index = new Map<ObjectId, string[]>();
  let layer = rootNames(state).map((r) => ({ expr: r.name, target: r.target }));
  for (let d = 0; d <= depth && layer.length > 0; d++) {
    const next: { expr: string; target: ObjectId }[] = [];
    for (const { expr, target } of layer) {
      const names = index.get(target) ?? [];
      if (names.length < perObject && !names.includes(expr)) index.set(target, [...names, expr]);
      if (d === depth) continue;
      const o = objs.get(target);
      // Bounded so a big container cannot make naming quadratic; short names are found first anyway.
      for (const ref of o ? userRefs(o, objs) : []) if (next.length < MAX_PATHS) next.push({ expr: expr + ref.label, target: ref.target });
    }
    layer = next;
  }
  return index;
}

/** Every expression (name, name[0], name.attr, up to `depth` hops) that evaluates to `id`. */
export function namesFor(state: MemoryState, id: ObjectId, depth = 2): string[] {
  return nameIndex(state, depth, 50).get(id) ?? [];
}

/** A referrer described the way students write it: "xs", "main: xs", "xs[0]", "node.next". */
export function referrerSpellings(state: MemoryState, r: Referrer): string[] {
  if (r.via === "name") return [r.name, `${r.functionName}:${r.name}`, `${r.functionName}.${r.name}`];
  if (r.via === "global") return [r.name, `<module>:${r.name}`, `global:${r.name}`];
  if (r.via === "temporary") return ["temporary", "(temporary)"];
  const label = fromLabel(state, r);
  return label === null ? [] : namesFor(state, r.from, 1).map((n) => n + label);
}

function fromLabel(state: MemoryState, r: Extract<Referrer, { via: "object" }>): string | null {
  const objs = objectMap(state);
  const from = objs.get(r.from);
  return from ? userLabel(from, objs, r.label) : null;
}

export function describeReferrer(state: MemoryState, r: Referrer): string {
  if (r.via === "name") return r.functionName === "<module>" ? `the global name ${r.name}` : `the name ${r.name} in ${r.functionName}`;
  if (r.via === "global") return `the global name ${r.name}`;
  if (r.via === "temporary") return `a temporary on ${r.functionName}'s evaluation stack`;
  const names = namesFor(state, r.from, 1);
  const label = fromLabel(state, r) ?? r.label;
  const from = objectMap(state).get(r.from);
  return names.length > 0 ? `${names[0]}${label}` : `${label} of a ${from?.type ?? "hidden"} object`;
}

/** Normalises what a student typed for a name or path: spaces dropped, quotes unified. */
export const normalizeExpr = (s: string): string => s.replace(/\s+/g, "").replace(/"/g, "'");
