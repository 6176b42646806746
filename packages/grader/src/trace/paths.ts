// Evaluates the small access expressions identity questions use (a, xs[0], node.next, d['k'])
// over a memory state, by following the trace's labelled references. No Python is run.
import { type MemoryState, type ObjectId } from "@heapwise/simulator";
import { fail, ok, type Result } from "../types";
import { framesNamed } from "./objects";
import { normalizeExpr, objectMap } from "./names";
import { userRefs } from "./refs";

const PATH = /^([A-Za-z_][A-Za-z0-9_]*)((?:\[[^\]]+\]|\.[A-Za-z_][A-Za-z0-9_]*)*)$/;

export function parsePath(expr: string): { root: string; steps: string[] } | null {
  const m = PATH.exec(normalizeExpr(expr));
  if (!m) return null;
  const steps = (m[2] ?? "").match(/\[[^\]]+\]|\.[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
  return { root: m[1] as string, steps };
}

/** Looks the root name up in `frame` (default: the innermost frame), then in the globals. */
function lookup(state: MemoryState, name: string, frame: string | undefined): ObjectId | null {
  const frames = frame ? framesNamed(state, frame).slice(-1) : state.frames.slice(-1);
  for (const f of frames) {
    const b = f.bindings.find((x) => x.name === name);
    if (b && b.target !== null) return b.target;
  }
  return state.globals.find((g) => g.name === name)?.target ?? null;
}

/** Slot labels may be written ['a'] or ["a"]; negative list indexes count from the end. */
function follow(refs: { label: string; target: ObjectId }[], step: string): ObjectId | null {
  const wanted = normalizeExpr(step);
  const exact = refs.find((r) => normalizeExpr(r.label) === wanted);
  if (exact) return exact.target;
  const neg = /^\[-(\d+)\]$/.exec(wanted);
  if (neg) {
    const slots = refs.filter((r) => /^\[\d+\]$/.test(r.label));
    return slots[slots.length - Number(neg[1])]?.target ?? null;
  }
  return null;
}

export function evalPath(state: MemoryState, expr: string, frame: string | undefined, path: string): Result<ObjectId> {
  const parsed = parsePath(expr);
  if (!parsed) return fail(path, `"${expr}" is not a name followed by [index] or .attribute parts`);
  let current = lookup(state, parsed.root, frame);
  if (current === null) return fail(path, `${parsed.root} is not bound${frame ? ` in ${frame}` : ""} at that point`);
  const objs = objectMap(state);
  for (const step of parsed.steps) {
    const o = objs.get(current);
    const next = follow(o ? userRefs(o, objs) : [], step);
    if (next === null) return fail(path, `${expr}: the object has no ${step} at that point`);
    current = next;
  }
  return ok(current);
}

/** Whether `target` is reachable from `from` (itself included): a mutation of target is seen through from. */
export function reaches(state: MemoryState, from: ObjectId, target: ObjectId): boolean {
  const objs = objectMap(state);
  const seen = new Set<ObjectId>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop() as ObjectId;
    if (id === target) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const r of objs.get(id)?.refs ?? []) if (r.label !== "__class__") stack.push(r.target);
  }
  return false;
}
