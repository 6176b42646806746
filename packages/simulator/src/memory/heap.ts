// Reference counting in one place: incref/decref, deallocation in CPython's order, __del__ at
// the instant of the last decref, and the trashcan that defers deep chains (rules 1, 3, 6).
import { type PyObject } from "../objects/base";
import { type Profile } from "../profile/profile";
import { type FreeReason } from "../trace/types";
import { LimitError } from "./errors";
import { PyFloat, PyInt, PyStr } from "../objects/scalars";
import { AddressSpace } from "./addresses";
import { GcList } from "./gclist";

export interface HeapHooks {
  onAlloc(o: PyObject): void;
  onFree(o: PyObject, reason: FreeReason): void;
  /** Whether `o` has a finalizer (__del__, or a suspended generator) that has not run. */
  needsFinalize(o: PyObject): boolean;
  finalize(o: PyObject): void;
  /** Automatic collection trigger (see memory/gc.ts). */
  onTrackedAlloc(): void;
  onTrackedFree(): void;
}

export class Heap {
  private nextId = 1;
  live = 0;
  /** The collector's generation lists (insertion order, O(1) unlink). */
  gens: GcList[] = [new GcList(), new GcList(), new GcList()];
  freeReason: FreeReason = "refcount";
  tracing = false;
  dirty: PyObject[] = [];
  private trashDepth = 0;
  private trashLater: PyObject[] = [];
  hooks!: HeapHooks;
  /** What id() returns: CPython's reuse of freed memory (memory/addresses.ts). */
  readonly addresses: AddressSpace;

  constructor(
    public profile: Profile,
    public maxObjects: number,
  ) {
    this.addresses = new AddressSpace();
  }

  idOf(o: PyObject): number {
    if (o.id === 0) o.id = this.nextId++;
    return o.id;
  }

  /** Registers a new object; the caller owns the one reference it starts with. */
  alloc<O extends PyObject>(o: O): O {
    o.id = this.nextId++;
    o.refcnt = 1;
    if (++this.live > this.maxObjects) throw new LimitError("objects", `too many live objects (limit ${this.maxObjects})`);
    if (o.isContainer) {
      this.hooks.onTrackedAlloc();
      if (!(o.kind === "dict" && this.profile.lazyGcTracking)) {
        o.gen = 0;
        this.gens[0]!.add(o);
      }
    }
    this.hooks.onAlloc(o);
    return o;
  }

  /** A cached or constant object: never freed, refcount not tracked. */
  immortal<O extends PyObject>(o: O, kind: "cached" | "constant"): O {
    o.immortal = kind;
    return o;
  }

  // An immortal object's count also moves (nothing reads it: it is never tracked or freed), so the
  // common path reads one field: these run for nearly every instruction, on objects of ~25 classes,
  // where each field access is a megamorphic lookup. `immortal` is read only when a count hits 0.
  incref(o: PyObject): void {
    o.refcnt++;
  }

  decref(o: PyObject): void {
    if (--o.refcnt === 0 && o.immortal === null) this.dealloc(o);
  }

  /** Marks a container whose contents changed, so the trace records its new references. */
  touch(o: PyObject): void {
    if (this.tracing) {
      o.spliceHint = null;
      if (!o.dirtyMark) {
        o.dirtyMark = true;
        this.dirty.push(o);
      }
    }
  }

  /**
   * Like touch() for a list whose items [start, start+deleted) were replaced by `inserted` new
   * ones: if that is the only change before the next step, the recorder skips diffing the list.
   */
  touchSplice(o: PyObject, start: number, deleted: number, inserted: number): void {
    if (!this.tracing) return;
    if (o.dirtyMark) {
      o.spliceHint = null;
      return;
    }
    o.dirtyMark = true;
    o.spliceHint = [start, deleted, inserted];
    this.dirty.push(o);
  }

  untrack(o: PyObject): void {
    if (o.gen >= 0) {
      if (o.gen < 3) this.gens[o.gen]!.delete(o);
      o.gen = -1;
      this.hooks.onTrackedFree();
    }
  }

  /** Starts tracking a container created untracked (a dict gaining a trackable item). */
  trackLate(o: PyObject): void {
    if (o.gen >= 0) return;
    o.gen = 0;
    this.gens[0]!.add(o);
  }

  /** Stops tracking a live container (the collector's untrack_dicts/untrack_tuples); counts unchanged. */
  untrackLive(o: PyObject): void {
    if (o.gen < 0 || o.gen > 2) return;
    this.gens[o.gen]!.delete(o);
    o.gen = -1;
  }

  /**
   * Freeing is depth-first, as CPython's recursive deallocators are, but driven by this explicit
   * stack so that a chain of any length is freed without JS recursion: entry k holds the
   * references an object being destroyed still has to release (workRefs[k] from workNext[k]), and
   * whether that object counts toward the trashcan's nesting.
   */
  private workRefs: PyObject[][] = [];
  private workNext: number[] = [];
  private workCounted: boolean[] = [];

  private dealloc(o: PyObject): void {
    const base = this.workRefs.length;
    try {
      this.begin(o);
      this.drain(base);
    } catch (e) {
      this.workRefs.length = this.workNext.length = this.workCounted.length = base;
      throw e;
    }
  }

  /** What destroying `o` starts with: its finalizer, then its references are queued for release. */
  private begin(o: PyObject): void {
    if (o instanceof PyInt || o instanceof PyStr || o instanceof PyFloat) {
      // Scalars hold no references, have no finalizer and are never tracked by the collector:
      // destroy() would do exactly this, after several virtual calls. They are most frees.
      this.live--;
      this.hooks.onFree(o, this.freeReason);
      return;
    }
    const counted = o.usesTrashcan;
    if (counted) {
      if (this.trashDepth >= this.profile.trashcanDepth) {
        this.trashLater.push(o); // deferred; freed last-in first-out when the nesting unwinds
        return;
      }
      this.trashDepth++;
    }
    const refs = this.destroy(o);
    if (refs && refs.length > 0) {
      this.workRefs.push(refs);
      this.workNext.push(0);
      this.workCounted.push(counted);
    } else this.end(counted);
  }

  /** Releases queued references until the stack is back to `base` entries. */
  private drain(base: number): void {
    const refs = this.workRefs;
    const next = this.workNext;
    while (refs.length > base) {
      const top = refs.length - 1;
      const rs = refs[top]!;
      const i = next[top]!;
      if (i === rs.length) {
        refs.pop();
        next.pop();
        this.end(this.workCounted.pop()!);
        continue;
      }
      next[top] = i + 1;
      const c = rs[i]!;
      if (--c.refcnt === 0 && c.immortal === null) this.begin(c);
    }
  }

  /** An object's references are all released: the trashcan's nesting unwinds by one. */
  private end(counted: boolean): void {
    if (!counted) return;
    this.trashDepth--;
    if (this.trashLater.length > 0 && this.trashDepth <= 0) this.destroyChain();
  }

  private destroyChain(): void {
    this.trashDepth++;
    while (this.trashLater.length > 0) this.dealloc(this.trashLater.pop()!);
    this.trashDepth--;
  }

  /** Finalizes and unlinks `o`; its references to release, or null if __del__ resurrected it. */
  private destroy(o: PyObject): PyObject[] | null {
    if (this.hooks.needsFinalize(o)) {
      o.finalized = true;
      o.refcnt = 1; // __del__ sees a live object; it may resurrect it
      this.hooks.finalize(o);
      if (--o.refcnt > 0) return null;
    }
    // CPython lowers the young count when any collector-type object is freed, tracked or not.
    if (o.gen < 0 && o.isContainer) this.hooks.onTrackedFree();
    this.untrack(o);
    this.live--;
    this.hooks.onFree(o, this.freeReason);
    return o.takeRefs();
  }

  /** Releases references held outside any object (a frame's locals, popped temporaries). */
  releaseAll(objs: PyObject[]): void {
    for (const o of objs) this.decref(o);
  }
}
