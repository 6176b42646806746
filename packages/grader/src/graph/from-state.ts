// Builds the true memory diagram at a step, under the question's memory model. Names bound to
// functions, classes and modules (def, class, import) are left out: they are not what we ask about.
import { type MemoryState, type ObjectView } from "@heapwise/simulator";
import { PRIMITIVE_KINDS } from "../kinds/kind";
import { type MemoryGraph, type DrawnBinding, type DrawnRef } from "./types";
import { userRefs } from "../trace/refs";

const HIDDEN_KINDS = new Set(["function", "class", "builtin", "module", "method", "cell", "frame", "traceback"]);
export const objectKey = (id: number): string => `o${id}`;

export function graphFromState(state: MemoryState, model: "cpython" | "simplified"): MemoryGraph {
  const objs = new Map(state.objects.map((o) => [o.id, o]));
  const inline = (o: ObjectView | undefined): boolean => model === "simplified" && !!o && PRIMITIVE_KINDS.has(o.kind);
  const hidden = (o: ObjectView | undefined): boolean => !o || HIDDEN_KINDS.has(o.kind);
  const reached: number[] = [];
  const seen = new Set<number>();
  const visit = (id: number): void => {
    if (seen.has(id)) return;
    seen.add(id);
    reached.push(id);
  };
  const edge = (label: string, target: number): DrawnBinding | DrawnRef | null => {
    const o = objs.get(target);
    if (hidden(o)) return null;
    if (inline(o)) return { name: label, label, value: (o as ObjectView).repr };
    visit(target);
    return { name: label, label, target: objectKey(target) };
  };
  const frames = state.frames.map((f) => {
    const bindings = f.functionName === "<module>" ? state.globals : f.bindings;
    const drawn: DrawnBinding[] = [];
    for (const b of bindings) {
      if (b.target === null) continue;
      const e = edge(b.name, b.target);
      if (e) drawn.push(e.value !== undefined ? { name: b.name, value: e.value } : { name: b.name, target: (e as DrawnRef).target as string });
    }
    return { function: f.functionName, bindings: drawn };
  });
  const objects: MemoryGraph["objects"] = [];
  for (let i = 0; i < reached.length; i++) {
    const o = objs.get(reached[i] as number) as ObjectView;
    const refs: DrawnRef[] = [];
    if (!PRIMITIVE_KINDS.has(o.kind)) {
      for (const r of userRefs(o, objs)) {
        const e = edge(r.label, r.target);
        if (e) refs.push(e.value !== undefined ? { label: r.label, value: e.value } : { label: r.label, target: (e as DrawnRef).target as string });
      }
    }
    const drawn: MemoryGraph["objects"][number] = { id: objectKey(o.id), type: o.type, refs };
    if (PRIMITIVE_KINDS.has(o.kind)) drawn.value = o.repr;
    objects.push(drawn);
  }
  return { frames, objects };
}

/** Names whose bindings the key leaves out (def/class/import): a student drawing them is not penalised. */
export function hiddenNames(state: MemoryState): Map<string, Set<string>> {
  const objs = new Map(state.objects.map((o) => [o.id, o]));
  const out = new Map<string, Set<string>>();
  for (const f of state.frames) {
    const bindings = f.functionName === "<module>" ? state.globals : f.bindings;
    const names = new Set(bindings.filter((b) => b.target !== null && HIDDEN_KINDS.has(objs.get(b.target)?.kind ?? "")).map((b) => b.name));
    out.set(f.functionName, new Set([...(out.get(f.functionName) ?? []), ...names]));
  }
  return out;
}
