// The cyclic collector, modelled on CPython's gcmodule.c (rules 12, 13 and 18): merge younger
// generations into the one collected (so a full collection visits 2, then 0, then 1), subtract
// internal references, move unreachable objects out in list order, run every finalizer, then
// clear what is still unreachable.
import { type PyObject } from "../objects/base";
import { type Heap } from "./heap";
import { GcList } from "./gclist";
import { mayBeTracked } from "./tracking";

export interface GcState {
  enabled: boolean;
  collecting: boolean;
  counts: [number, number, number];
  /** Extra objects treated as external roots that are not heap objects (frames, globals). */
}

export function newGcState(): GcState {
  return { enabled: true, collecting: false, counts: [0, 0, 0] };
}

/** Collects `generation` (0..2); returns the number of unreachable objects found. */
export function collect(heap: Heap, gc: GcState, generation: number, fullOrder: number[] = [2, 0, 1]): number {
  if (gc.collecting) return 0;
  gc.collecting = true;
  const prevReason = heap.freeReason;
  heap.freeReason = prevReason === "program-end" ? "program-end" : "gc";
  try {
    return collectInner(heap, gc, generation, fullOrder);
  } finally {
    heap.freeReason = prevReason;
    gc.collecting = false;
  }
}

function collectInner(heap: Heap, gc: GcState, generation: number, fullOrder: number[]): number {
  const gens = heap.gens;
  // Which lists are merged, in which order (the profile's for a full collection).
  const order = generation === 2 ? fullOrder : [generation, ...Array.from({ length: generation }, (_, i) => i)];
  const merged = new GcList();
  for (const g of order) {
    for (const o of gens[g]!) {
      o.gen = generation;
      merged.add(o);
    }
    gens[g]!.clear();
    if (g < generation) gc.counts[g] = 0;
  }
  gens[generation] = merged;
  if (generation + 1 < 3) gc.counts[generation + 1]!++;
  gc.counts[generation] = 0;
  const young = gens[generation]!.toArray();
  for (const o of young) o.gcRefs = o.refcnt;
  // Each object's references, listed once: nothing runs between this pass and the scan, so the
  // scan reuses them (traverse() builds an array per call).
  const edges = young.map((o) => o.traverse());
  for (const ts of edges) for (const t of ts) if (t.gen === generation) t.gcRefs--;
  const [unreachable, survivors] = moveUnreachable(young, edges, generation);
  // Survivors move to the next older generation, in the order the scan left them.
  gens[generation]!.clear();
  const dest = Math.min(generation + 1, 2);
  for (const o of survivors) {
    o.gen = dest;
    gens[dest]!.add(o);
  }
  if (heap.profile.lazyGcTracking) untrackAtomic(heap, survivors, generation === 2);
  if (unreachable.length === 0) return 0;
  const garbage = unreachable;
  for (const o of garbage) {
    o.gen = 3; // a private "unreachable" list while finalizers run
  }
  const n = garbage.length;
  let finalized = false;
  for (const o of garbage) {
    if (heap.hooks.needsFinalize(o)) {
      o.finalized = true;
      finalized = true;
      heap.hooks.finalize(o);
    }
  }
  // With no finalizer run, no code ran since the scan: every unreachable object is only referred
  // to from the others, so the check would find all of them still dead.
  const stillDead = finalized ? resurrectionCheck(garbage) : null;
  for (const o of garbage) {
    if (stillDead && !stillDead.has(o) && o.gen === 3) {
      o.gen = dest;
      gens[dest]!.add(o);
    }
  }
  for (const o of garbage) {
    if ((stillDead && !stillDead.has(o)) || o.gen !== 3) continue; // freed meanwhile, or resurrected
    heap.incref(o); // keep it alive while its references are cleared (as delete_garbage does)
    for (const c of o.takeRefs()) heap.decref(c);
    heap.touch(o);
    if (o.gen === 3) {
      o.gen = dest;
      gens[dest]!.add(o);
    }
    heap.decref(o);
  }
  return n;
}

/** untrack_tuples (every collection) and untrack_dicts (full ones): survivors holding nothing trackable. */
function untrackAtomic(heap: Heap, survivors: PyObject[], full: boolean): void {
  for (const o of survivors) {
    if (o.kind !== "tuple" && !(full && o.kind === "dict")) continue;
    if (!o.traverse().some(mayBeTracked)) heap.untrackLive(o);
  }
}

/** move_unreachable(): the reachable set grows as the scan reaches objects from survivors. */
/** gcRefs of an object tentatively in the unreachable list (CPython's flag bit; no Set lookups). */
const UNREACHABLE = -(2 ** 30);

/** `edges[i]` is young[i].traverse(); objects moved to the end of the list are traversed again. */
function moveUnreachable(young: PyObject[], edges: PyObject[][], generation: number): [PyObject[], PyObject[]] {
  const unreachable: PyObject[] = [];
  const reachableOrder: PyObject[] = [];
  const list = young.slice();
  for (let i = 0; i < list.length; i++) {
    const o = list[i]!;
    if (o.gcRefs > 0) {
      reachableOrder.push(o);
      for (const t of i < edges.length ? edges[i]! : o.traverse()) {
        if (t.gen !== generation) continue;
        if (t.gcRefs === UNREACHABLE) {
          t.gcRefs = 1;
          list.push(t); // moved to the end of the young list, scanned again later
        } else if (t.gcRefs === 0) t.gcRefs = 1;
      }
    } else if (o.gcRefs !== UNREACHABLE) {
      o.gcRefs = UNREACHABLE;
      unreachable.push(o);
    }
  }
  // In the order they were first found unreachable, minus those reached again later.
  return [unreachable.filter((o) => o.gcRefs === UNREACHABLE), reachableOrder];
}

/** After finalizers ran: anything reachable from outside the garbage set was resurrected. */
function resurrectionCheck(garbage: PyObject[]): Set<PyObject> {
  const set = new Set(garbage.filter((o) => o.gen === 3));
  for (const o of set) o.gcRefs = o.refcnt;
  for (const o of set) for (const t of o.traverse()) if (set.has(t)) t.gcRefs--;
  const alive = [...set].filter((o) => o.gcRefs > 0);
  for (let i = 0; i < alive.length; i++) {
    const o = alive[i]!;
    set.delete(o);
    for (const t of o.traverse()) if (set.has(t)) alive.push(t);
  }
  return set;
}

/** Automatic collection (collect_generations): the oldest generation over its threshold. */
export function maybeCollect(heap: Heap, gc: GcState, thresholds: [number, number, number], fullOrder?: number[]): void {
  if (!gc.enabled || gc.collecting) return;
  gc.counts[0]++;
  if (gc.counts[0] <= thresholds[0]) return;
  for (let g = 2; g >= 0; g--) {
    if (g === 0 || (thresholds[g]! > 0 && gc.counts[g]! > thresholds[g]!)) {
      collect(heap, gc, g, fullOrder);
      return;
    }
  }
}
