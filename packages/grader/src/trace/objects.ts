// Resolves "the object created at line 3 (2nd allocation)" or "the list bound to xs in main" to an
// object id, failing with an instructor-readable message when the reference is missing or ambiguous.
import { type FrameView, type MemoryState, type ObjectId, type Trace } from "@heapwise/simulator";
import { type ObjectRefSpec, type Point } from "../question/schema";
import { fail, ok, type Result } from "../types";
import { ordinal, resolvePoint } from "./points";

export function framesNamed(state: MemoryState, fn: string): FrameView[] {
  const active = state.frames.filter((f) => f.functionName === fn);
  return active.length > 0 ? active : state.detachedFrames.filter((f) => f.functionName === fn);
}

/** The object a name is bound to in frame `fn` ("<module>" for globals) at a state. */
export function boundObject(state: MemoryState, name: string, fn: string, path: string): Result<ObjectId> {
  if (fn === "<module>") {
    const b = state.globals.find((g) => g.name === name) ?? state.frames[0]?.bindings.find((g) => g.name === name);
    if (!b || b.target === null) return fail(path, `no global name ${name} is bound at that point`);
    return ok(b.target);
  }
  const frames = framesNamed(state, fn);
  if (frames.length === 0) return fail(path, `no call of ${fn} is running at that point`);
  if (frames.length > 1) return fail(path, `${frames.length} calls of ${fn} are running at that point (recursion): the name ${name} is ambiguous`);
  const b = (frames[0] as FrameView).bindings.find((x) => x.name === name);
  if (!b || b.target === null) return fail(path, `${name} is not bound in ${fn} at that point`);
  return ok(b.target);
}

function createdAt(trace: Trace, line: number, allocation: number | undefined, type: string | undefined, path: string): Result<ObjectId> {
  const made = trace.objects().filter((o) => o.createdLine === line && o.immortal === null);
  const candidates = type ? made.filter((o) => o.type === type) : made;
  const what = type ? `${type} object` : "object";
  if (candidates.length === 0) {
    const others = made.length > 0 ? ` (it creates: ${[...new Set(made.map((o) => o.type))].join(", ")})` : " (cached values such as small ints, None and short strings are not new objects)";
    return fail(path, `line ${line} never creates a new ${what}${type ? others : made.length ? "" : others}`);
  }
  if (allocation === undefined) {
    if (candidates.length === 1) return ok((candidates[0] as { id: ObjectId }).id);
    const types = candidates.map((o) => o.type).join(", ");
    return fail(path, `line ${line} creates ${candidates.length} objects (${types}); say which one with "type" and/or "allocation"`);
  }
  const chosen = candidates[allocation - 1];
  if (!chosen) return fail(path, `line ${line} creates only ${candidates.length} ${what}(s), so there is no ${ordinal(allocation)} one`);
  return ok(chosen.id);
}

export function resolveObject(trace: Trace, ref: ObjectRefSpec, defaultPoint: Point | undefined, path: string): Result<ObjectId> {
  if ("created" in ref) return createdAt(trace, ref.created.line, ref.created.allocation, ref.created.type, path);
  const point = ref.at ?? defaultPoint;
  if (!point) return fail(path, `say at which point the name ${ref.name} is read (add "at")`);
  const step = resolvePoint(trace, point, `${path}.at`);
  if (!step.ok) return step;
  return boundObject(trace.stateAt(step.value), ref.name, ref.frame, path);
}

export function describeObjectRef(ref: ObjectRefSpec): string {
  if ("created" in ref) {
    const { line, allocation, type } = ref.created;
    return `the ${type ?? "object"} created at line ${line}${allocation && allocation > 1 ? ` (${ordinal(allocation)} one)` : ""}`;
  }
  return `the object bound to ${ref.name}${ref.frame === "<module>" ? "" : ` in ${ref.frame}`}`;
}

/**
 * The inverse of the "created" reference: how an instructor's click on object `id` is written in a
 * question. `allocation` counts, 1-based in id order, the non-cached objects of the same type created
 * while that line ran, over all its executions; it is left out when there is only one.
 */
export function objectRefFor(trace: Trace, id: ObjectId): ObjectRefSpec | undefined {
  const o = trace.object(id);
  if (!o || o.immortal || o.createdLine === 0) return undefined;
  const same = trace.objects().filter((x) => x.createdLine === o.createdLine && x.immortal === null && x.type === o.type);
  const index = same.findIndex((x) => x.id === id);
  return { created: { line: o.createdLine, type: o.type, ...(same.length > 1 ? { allocation: index + 1 } : {}) } };
}

/** Resolves an object reference (at `point` for name references), or undefined when it names nothing. */
export function resolveObjectRef(trace: Trace, ref: ObjectRefSpec, point?: Point): ObjectId | undefined {
  const r = resolveObject(trace, ref, point, "object");
  return r.ok ? r.value : undefined;
}
