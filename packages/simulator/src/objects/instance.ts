// Instances of user classes, exceptions and tracebacks (rules 6, 7 and 19).
import { PyObject, type PyClass, type Ref } from "./base";
import { type PyTuple } from "./containers";
import { type PyFrameObj } from "./frames";
import { T } from "./types";

export class PyInstance extends PyObject {
  readonly kind: "instance" | "exception" = "instance";
  /**
   * Attribute values by shared-key position (klass.keyIndex): slot i holds klass.sharedKeys[i],
   * undefined when this instance lacks it. Iterating the slots is the shared-key order (rule 6)
   * with no lookups, and an instance costs one small array instead of a Map.
   */
  slots: (PyObject | undefined)[] = [];
  constructor(public klass: PyClass) {
    super();
  }
  get cls(): PyClass {
    return this.klass;
  }
  getOwn(name: string): PyObject | undefined {
    const i = this.klass.keyIndex.get(name);
    return i === undefined ? undefined : this.slots[i];
  }
  /** Removes an own attribute; returns its value (owned by the caller), undefined if absent. */
  delOwn(name: string): PyObject | undefined {
    const i = this.klass.keyIndex.get(name);
    if (i === undefined) return undefined;
    const old = this.slots[i];
    this.slots[i] = undefined;
    return old;
  }
  /** Attribute order is the class's shared-key order, not this instance's own order (rule 6). */
  orderedAttrs(): [string, PyObject][] {
    const out: [string, PyObject][] = [];
    const keys = this.klass.sharedKeys;
    const slots = this.slots;
    for (let i = 0; i < slots.length; i++) {
      const v = slots[i];
      if (v) out.push([keys[i]!, v]);
    }
    return out;
  }
  setAttr(name: string, v: PyObject): PyObject | undefined {
    const cls = this.klass;
    let i = cls.keyIndex.get(name);
    if (i === undefined) {
      i = cls.sharedKeys.length;
      cls.sharedKeys.push(name);
      cls.keyIndex.set(name, i);
    }
    const slots = this.slots;
    while (slots.length < i) slots.push(undefined); // no holes: keeps the array packed
    const old = slots[i];
    slots[i] = v;
    return old;
  }
  override refs(): Ref[] {
    const out: Ref[] = this.orderedAttrs().map(([k, v]) => ["." + k, v]);
    if (!this.klass.builtin) out.push(["__class__", this.klass]);
    return out;
  }
  /** The values of orderedAttrs(): the collector and every dealloc call this. */
  orderedValues(): PyObject[] {
    const out: PyObject[] = [];
    const slots = this.slots;
    for (let i = 0; i < slots.length; i++) {
      const v = slots[i];
      if (v) out.push(v);
    }
    return out;
  }
  /** refs() without the labels: the collector calls this for every tracked instance. */
  override traverse(): PyObject[] {
    if (this.kind !== "instance") return super.traverse(); // exceptions hold more (args, ...)
    const out = this.orderedValues();
    if (!this.klass.builtin) out.push(this.klass);
    return out;
  }
  /** The class reference goes with the last release (dealloc), not with a gc clear. */
  protected classHeld = true;
  protected takeClass(out: PyObject[]): void {
    if (!this.klass.builtin && this.classHeld) {
      this.classHeld = false;
      out.push(this.klass);
    }
  }
  override takeRefs(): PyObject[] {
    const out = this.orderedValues();
    this.slots = [];
    this.takeClass(out);
    return out;
  }
  override get isContainer(): boolean {
    return true;
  }
  override get usesTrashcan(): boolean {
    return true;
  }
}

export class PyException extends PyInstance {
  override readonly kind = "exception";
  traceback: PyTraceback | null = null;
  context: PyObject | null = null;
  cause: PyObject | null = null;
  suppressContext = false;
  /** AttributeError.obj and .name, set when a lookup fails: the object stays alive with the error. */
  attrObj: PyObject | null = null;
  attrName: string | null = null;
  constructor(
    klass: PyClass,
    public args: PyTuple,
  ) {
    super(klass);
  }
  override refs(): Ref[] {
    const out = super.refs();
    if (this.attrObj) out.push(["obj", this.attrObj]);
    out.push(["args", this.args]);
    if (this.traceback) out.push(["__traceback__", this.traceback]);
    if (this.cause) out.push(["__cause__", this.cause]);
    if (this.context) out.push(["__context__", this.context]);
    return out;
  }
  /** AttributeError_clear's obj, then BaseException_clear's order: dict, args, traceback, cause, context (then the class). */
  override takeRefs(): PyObject[] {
    const attrs = this.orderedValues();
    const out = [this.attrObj, ...attrs, this.args, this.traceback, this.cause, this.context].filter((x): x is PyObject => x !== null);
    this.attrObj = null;
    this.takeClass(out);
    this.args = emptyArgs(this.args);
    this.slots = [];
    this.traceback = this.cause = this.context = null;
    return out;
  }
}

function emptyArgs(t: PyTuple): PyTuple {
  return new (t.constructor as new (items: PyObject[]) => PyTuple)([]);
}

export class PyTraceback extends PyObject {
  readonly kind = "traceback";
  constructor(
    public frame: PyFrameObj,
    public line: number,
    public next: PyTraceback | null,
  ) {
    super();
  }
  get cls(): PyClass {
    return T().traceback;
  }
  override refs(): Ref[] {
    const out: Ref[] = [];
    if (this.next) out.push(["tb_next", this.next]);
    out.push(["tb_frame", this.frame]);
    return out;
  }
  override takeRefs(): PyObject[] {
    const out: PyObject[] = [];
    if (this.next) out.push(this.next);
    out.push(this.frame);
    this.next = null;
    return out;
  }
  override get isContainer(): boolean {
    return true;
  }
}

