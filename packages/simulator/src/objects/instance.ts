// Instances of user classes, exceptions and tracebacks (rules 6, 7 and 19).
import { PyObject, type PyClass, type Ref } from "./base";
import { type PyTuple } from "./containers";
import { type PyFrameObj } from "./frames";
import { T } from "./types";

export class PyInstance extends PyObject {
  readonly kind: "instance" | "exception" = "instance";
  attrs = new Map<string, PyObject>();
  constructor(public klass: PyClass) {
    super();
  }
  get cls(): PyClass {
    return this.klass;
  }
  /** Attribute order is the class's shared-key order, not this instance's own order (rule 6). */
  orderedAttrs(): [string, PyObject][] {
    const out: [string, PyObject][] = [];
    const keys = this.klass.sharedKeys;
    for (const k of keys) {
      const v = this.attrs.get(k);
      if (v) out.push([k, v]);
    }
    if (out.length !== this.attrs.size) for (const [k, v] of this.attrs) if (!keys.includes(k)) out.push([k, v]);
    return out;
  }
  setAttr(name: string, v: PyObject): PyObject | undefined {
    const old = this.attrs.get(name);
    if (!this.klass.sharedKeys.includes(name)) this.klass.sharedKeys.push(name);
    this.attrs.set(name, v);
    return old;
  }
  override refs(): Ref[] {
    const out: Ref[] = this.orderedAttrs().map(([k, v]) => ["." + k, v]);
    if (!this.klass.builtin) out.push(["__class__", this.klass]);
    return out;
  }
  /**
   * The values of orderedAttrs(). Usually the instance set its attributes in shared-key order,
   * and then its own Map order is that order: one pass over the Map, no lookups (the collector
   * and every dealloc call this); otherwise the general path.
   */
  orderedValues(): PyObject[] {
    const out: PyObject[] = [];
    const keys = this.klass.sharedKeys;
    let j = 0;
    for (const [k, v] of this.attrs) {
      while (j < keys.length && keys[j] !== k) j++;
      if (j === keys.length) return this.orderedAttrs().map(([, x]) => x);
      out.push(v);
      j++;
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
    this.attrs = new Map();
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
  constructor(
    klass: PyClass,
    public args: PyTuple,
  ) {
    super(klass);
  }
  override refs(): Ref[] {
    const out = super.refs();
    out.push(["args", this.args]);
    if (this.traceback) out.push(["__traceback__", this.traceback]);
    if (this.cause) out.push(["__cause__", this.cause]);
    if (this.context) out.push(["__context__", this.context]);
    return out;
  }
  /** BaseException_clear order: dict, args, traceback, cause, context (then the class). */
  override takeRefs(): PyObject[] {
    const attrs = this.orderedAttrs().map(([, v]) => v);
    const out = [...attrs, this.args, this.traceback, this.cause, this.context].filter((x): x is PyObject => x !== null);
    this.takeClass(out);
    this.args = emptyArgs(this.args);
    this.attrs = new Map();
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

