// The object model: every Python value is a PyObject with an identity, a class and a reference
// count. Containers list their outgoing references in CPython's order (refs()), which the
// collector, the trace and the deallocator all share.
import { type Immortality, type ObjectKind } from "../trace/types";

export type Ref = [label: string, target: PyObject];

export abstract class PyObject {
  /** 0 until first observed: cached singletons get their id when first referenced. */
  id = 0;
  refcnt = 0;
  immortal: Immortality | null = null;
  /** __del__ already ran (CPython's "finalized" bit): it never runs twice. */
  finalized = false;
  /** Generation (0..2) while tracked by the cyclic collector, -1 otherwise. */
  gen = -1;
  gcRefs = 0;
  /** Queued for the trace recorder since the last step. */
  dirtyMark = false;
  /** What changed since the last step, when it was one known splice [start, deleted, inserted]; null: unknown. */
  spliceHint: [number, number, number] | null = null;
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
    return [];
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

/** A class (builtin or user-defined). Builtin classes keep their methods as native functions. */
export class PyClass extends PyObject {
  readonly kind = "class";
  mro: PyClass[] = [];
  dict = new Map<string, PyObject>();
  native = new Map<string, NativeFn>();
  /** Attribute names in the order first set on any instance (CPython's shared keys). */
  sharedKeys: string[] = [];
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
    for (const c of this.mro) {
      const v = c.dict.get(name);
      if (v) return v;
    }
    return undefined;
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
