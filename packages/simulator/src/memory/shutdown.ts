// Interpreter shutdown (rule 17): an extra full collection when the collector is enabled, then
// the module namespace is dropped and everything only it reached is finalized in the
// collector's list order, and freed.
import { PyObject, type PyClass, type Ref } from "../objects/base";
import { collect, type GcState } from "./gc";
import { type Heap } from "./heap";

/** The module's dict as the collector sees it: a container holding the globals. */
class ModuleDict extends PyObject {
  readonly kind = "dict";
  constructor(public ns: Map<string, PyObject>) {
    super();
  }
  get cls(): PyClass {
    throw new Error("ModuleDict has no Python class");
  }
  override refs(): Ref[] {
    return [...this.ns].map(([k, v]) => [k, v]);
  }
  override takeRefs(): PyObject[] {
    const out = [...this.ns.values()];
    this.ns.clear();
    return out;
  }
  override get isContainer(): boolean {
    return true;
  }
}

export function shutdown(heap: Heap, gc: GcState, globals: Map<string, PyObject>, onGlobalsCleared: () => void, before?: () => void): void {
  heap.freeReason = "program-end";
  before?.();
  if (gc.enabled) collect(heap, gc, 2, heap.profile.fullCollectOrder);
  const md = new ModuleDict(globals);
  md.gen = 2;
  md.refcnt = 0;
  // The module dict is older than anything the program created: first in the oldest list.
  const rest = [...heap.gens[2]!];
  heap.gens[2]!.clear();
  heap.gens[2]!.add(md);
  for (const o of rest) heap.gens[2]!.add(o);
  heap.live++; // balanced by the free of the module dict inside the collection
  collect(heap, gc, 2, heap.profile.fullCollectOrder);
  heap.untrack(md);
  onGlobalsCleared();
  // Anything left in the namespace (e.g. a collection was already running) is released plainly.
  for (const v of md.takeRefs()) heap.decref(v);
}
