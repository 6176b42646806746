// The object model: every Python value is a PyObject with an identity, a class and a reference
// count. Containers list their outgoing references in CPython's order (refs()), which the
// collector, the trace and the deallocator all share.
import { type Immortality, type ObjectKind } from "../trace/types";
import { type GcList } from "../memory/gclist";

export type Ref = [label: string, target: PyObject];

/** What objects without references return from takeRefs(): shared, so frozen against pushes. */
const NO_REFS: PyObject[] = Object.freeze([]) as unknown as PyObject[];

// The fields are declared and assigned in the constructor rather than written as class fields:
// a class-field initializer shared by ~25 subclasses is a megamorphic define (a runtime call per
// field in V8), which was a quarter of the untraced run time; plain stores stay on the fast path.
export abstract class PyObject {
  /** 0 until first observed: cached singletons get their id when first referenced. */
  declare id: number;
  declare refcnt: number;
  declare immortal: Immortality | null;
  /** __del__ already ran (CPython's "finalized" bit): it never runs twice. */
  declare finalized: boolean;
  /** Generation (0..2) while tracked by the cyclic collector, -1 otherwise. */
  declare gen: number;
  declare gcRefs: number;
  /** Queued for the trace recorder since the last step. */
  declare dirtyMark: boolean;
  /** What changed since the last step, when it was one known splice [start, deleted, inserted]; null: unknown. */
  declare spliceHint: [number, number, number] | null;
  /** The collector's generation list holding this object, and its neighbours there (memory/gclist.ts). */
  declare gcList: GcList | null;
  declare gcPrev: PyObject | null;
  declare gcNext: PyObject | null;
  constructor() {
    this.id = 0;
    this.refcnt = 0;
    this.immortal = null;
    this.finalized = false;
    this.gen = -1;
    this.gcRefs = 0;
    this.dirtyMark = false;
    this.spliceHint = null;
    this.gcList = null;
    this.gcPrev = null;
    this.gcNext = null;
  }
  abstract readonly kind: ObjectKind;
  abstract get cls(): PyClass;
  /** Outgoing references, in the order CPython releases them on dealloc. */
  refs(): Ref[] {
    return [];
  }
  /** The order the cyclic collector visits references in (tp_traverse); it decides reordering. */
  traverse(): PyObject[] {
    return this.refs().map(([, t]) => t);
  }
  /** References the trace draws from this object (frames of generators are drawn as frames). */
  viewRefs(): Ref[] {
    return this.refs();
  }
  /** Drop every outgoing reference (tp_clear / dealloc); returns them in release order. */
  takeRefs(): PyObject[] {
    return NO_REFS;
  }
  /** Whether the cyclic collector tracks objects of this kind. */
  get isContainer(): boolean {
    return false;
  }
  /** Whether CPython's dealloc for this type goes through the trashcan. */
  get usesTrashcan(): boolean {
    return false;
  }
}

export type NativeFn = (self: PyObject, args: PyObject[], kw: Map<string, PyObject> | null) => PyObject;

/**
 * A class namespace: a Map that counts every change to any class, so that PyClass.lookup can
 * cache its MRO walks (CPython's type attribute cache does the same with version tags).
 */
class ClassDict extends Map<string, PyObject> {
  static epoch = 0;
  override set(k: string, v: PyObject): this {
    ClassDict.epoch++;
    return super.set(k, v);
  }
  override delete(k: string): boolean {
    ClassDict.epoch++;
    return super.delete(k);
  }
  override clear(): void {
    ClassDict.epoch++;
    super.clear();
  }
}

/** A class (builtin or user-defined). Builtin classes keep their methods as native functions. */
export class PyClass extends PyObject {
  readonly kind = "class";
  mro: PyClass[] = [];
  dict: Map<string, PyObject> = new ClassDict();
  /** lookup() results (null: not found), valid while ClassDict.epoch equals lookupEpoch. */
  private lookupCache = new Map<string, PyObject | null>();
  private lookupEpoch = -1;
  native = new Map<string, NativeFn>();
  /** Attribute names in the order first set on any instance (CPython's shared keys). */
  sharedKeys: string[] = [];
  /** Position of each name in sharedKeys: an instance keeps the value of sharedKeys[i] in its slot i. */
  keyIndex = new Map<string, number>();
  qualname: string | null = null;
  static typeClass: PyClass;
  constructor(
    public name: string,
    public bases: PyClass[],
    public builtin: boolean,
  ) {
    super();
    this.mro = [this];
    for (const b of bases) for (const m of b.mro) if (!this.mro.includes(m)) this.mro.push(m);
  }
  get cls(): PyClass {
    return PyClass.typeClass;
  }
  lookup(name: string): PyObject | undefined {
    if (this.lookupEpoch !== ClassDict.epoch) {
      this.lookupCache.clear();
      this.lookupEpoch = ClassDict.epoch;
    }
    const hit = this.lookupCache.get(name);
    if (hit !== undefined) return hit ?? undefined;
    let found: PyObject | undefined;
    for (const c of this.mro) {
      const v = c.dict.get(name);
      if (v) {
        found = v;
        break;
      }
    }
    this.lookupCache.set(name, found ?? null);
    return found;
  }
  lookupNative(name: string): NativeFn | undefined {
    for (const c of this.mro) {
      const v = c.native.get(name);
      if (v) return v;
    }
    return undefined;
  }
  isSubclassOf(other: PyClass): boolean {
    return this.mro.includes(other);
  }
  override refs(): Ref[] {
    if (this.builtin) return [];
    const out: Ref[] = [];
    for (const [k, v] of this.dict) out.push(["." + k, v]);
    return out;
  }
  override takeRefs(): PyObject[] {
    if (this.builtin) return [];
    const out = [...this.dict.values()];
    this.dict.clear();
    return out;
  }
  override get isContainer(): boolean {
    return !this.builtin;
  }
}
