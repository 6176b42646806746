// Turns a replayed State into the public MemoryState: frames, globals, objects with their
// labelled references, reference counts (counted from what the picture shows) and reprs.
import { type Binding, type FrameView, type MemoryState, type ObjectView } from "./types";
import { type State } from "./state";
import { type TraceImpl } from "./trace";

type Storage = readonly ["local", "cell", "free", "global"];

/** Labels: list/tuple slot "[0]", dict value "[<repr of key>]" and key "key <repr>", set member "{}". */
function label(kind: string, k: number, stored: string | null | undefined, keyRepr: () => string): string {
  if (stored) return stored;
  if (kind === "dict") return k % 2 === 0 ? `key ${keyRepr()}` : `[${keyRepr()}]`;
  if (kind === "set" || kind === "frozenset") return "{}";
  return `[${k}]`;
}

export function buildMemoryState(trace: TraceImpl, st: State, step: number, storage: Storage): MemoryState {
  const counts = new Map<number, number>();
  const bump = (id: number) => id > 0 && counts.set(id, (counts.get(id) ?? 0) + 1);
  const frameView = (id: number): FrameView => {
    const f = st.frames.get(id);
    const bindings: Binding[] = [];
    if (f) {
      for (const [name, [target, s, cell]] of f.bindings) {
        const b: Binding = { name, target: target >= 0 ? target : null, storage: storage[s] ?? "local" };
        if (cell) {
          b.cell = cell;
          bump(cell);
        } else if (target >= 0) bump(target);
        bindings.push(b);
      }
      f.temps.forEach(bump);
    }
    const view: FrameView = { id, functionName: f?.name ?? "?", line: f?.line ?? 0, bindings, temporaries: f ? f.temps.slice() : [] };
    if (f?.generator) view.generator = f.generator;
    return view;
  };
  const frames = st.stack.map(frameView);
  const detachedFrames = st.detached.map(frameView);
  const globals: Binding[] = [...st.globals].map(([name, target]) => {
    bump(target);
    return { name, target, storage: "global" };
  });
  const moduleFrame = frames.find((f) => f.functionName === "<module>");
  // The module frame's own slots are only the variables of inlined comprehensions (PEP 709).
  if (moduleFrame) moduleFrame.bindings = [...globals, ...moduleFrame.bindings];
  const ids = [...st.refs.keys()].sort((a, b) => a - b);
  for (const id of ids) for (const t of st.refs.get(id)!.targets) bump(t);
  const objects: ObjectView[] = ids.map((id) => {
    const life = trace.object(id);
    const kind = life?.kind ?? "other";
    const e = st.refs.get(id)!;
    return {
      id, type: life?.type ?? "object", kind, repr: reprOf(trace, st, id, 0, new Set()), refcount: counts.get(id) ?? 0,
      immortal: life?.immortal ?? null, refs: e.targets.map((target, k) => ({
        label: label(kind, k, e.labels?.[k], () => reprOf(trace, st, e.targets[k - (k % 2)]!, 0, new Set())), target,
      })),
    };
  });
  const out = trace.output.slice(0, trace.step(step).outputLength);
  return { step, frames, detachedFrames, globals, objects, output: out };
}

/** A display repr computed from the picture (user __repr__ is not re-run here). */
export function reprOf(trace: TraceImpl, st: State, id: number, depth: number, seen: Set<number>): string {
  const fixed = trace.reprOf(id);
  if (fixed !== null) return fixed;
  const life = trace.object(id);
  const kind = life?.kind ?? "other";
  const e = st.refs.get(id);
  if (!e) return "?";
  if (depth > 3 || seen.has(id)) return kind === "list" ? "[...]" : kind === "dict" ? "{...}" : "...";
  seen.add(id);
  const items = (ts: number[]) => {
    const shown = ts.slice(0, 20).map((t) => reprOf(trace, st, t, depth + 1, seen));
    return ts.length > 20 ? [...shown, "..."] : shown;
  };
  let out: string;
  switch (kind) {
    case "list": out = `[${items(e.targets).join(", ")}]`; break;
    case "tuple": out = e.targets.length === 1 ? `(${items(e.targets)[0]},)` : `(${items(e.targets).join(", ")})`; break;
    case "set": out = e.targets.length ? `{${items(e.targets).join(", ")}}` : "set()"; break;
    case "dict": {
      const parts: string[] = [];
      for (let k = 0; k + 1 < e.targets.length && parts.length < 20; k += 2) {
        parts.push(`${reprOf(trace, st, e.targets[k]!, depth + 1, seen)}: ${reprOf(trace, st, e.targets[k + 1]!, depth + 1, seen)}`);
      }
      out = `{${parts.join(", ")}}`;
      break;
    }
    case "instance": out = `<${life?.type ?? "object"} object>`; break;
    default: out = `<${life?.type ?? kind} object>`;
  }
  seen.delete(id);
  return out;
}
