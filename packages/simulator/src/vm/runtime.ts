// The state of one run: heap, builtin types, singletons, constants, output and limits.
import { type Code } from "../compile/code";
import { type ConstValue } from "../parse/ast";
import { Heap } from "../memory/heap";
import { LimitError, PyError } from "../memory/errors";
import { type PyObject, PyClass as PyClassRef, type PyClass } from "../objects/base";
import { PyDict, PyList, PySet, PyTuple } from "../objects/containers";
import { PyBool, PyFloat, PyInt, PyNone, PyStr } from "../objects/scalars";
import { PyException } from "../objects/instance";
import { type Frame } from "../objects/frames";
import { createTypes, type Types } from "../objects/types";
import { type Profile } from "../profile/profile";
import { constKey } from "../compile/unit";
import { RuntimeNotSupported } from "../memory/errors";
import { newGcState, type GcState } from "../memory/gc";
import { PyBuiltin } from "../objects/callables";
import { type NativeFn } from "../objects/base";
import { PyRange } from "../objects/containers";
import { type Tracer } from "./tracer";
import { callDunder } from "./call";
import { typeName } from "./strconv";

export interface Limits {
  maxSteps: number;
  maxObjects: number;
  recursionLimit: number;
  maxOutputChars: number;
}

export class Runtime {
  heap: Heap;
  types: Types;
  None: PyNone;
  True: PyBool;
  False: PyBool;
  emptyTuple: PyTuple;
  out = "";
  err = "";
  builtins = new Map<string, PyObject>();
  excClasses = new Map<string, PyClass>();
  frames: Frame[] = [];
  gc: GcState = newGcState();
  /** __name__ and friends: module-level names CPython defines that are not shown as globals. */
  moduleDunders = new Map<string, PyObject>();
  /** Work units (instructions and builtin loop iterations) for the step limit. */
  ticks = 0;
  maxTicks: number;
  private smallInts: (PyInt | undefined)[] = [];
  private chars = new Map<string, PyStr>();
  private consts = new Map<string, PyObject>();
  private emptyStr: PyStr;
  modules = new Map<string, PyObject>();

  constructor(
    public profile: Profile,
    public limits: Limits,
  ) {
    this.types = createTypes();
    this.heap = new Heap(profile, limits.maxObjects);
    this.None = new PyNone();
    this.True = new PyBool(1n);
    this.False = new PyBool(0n);
    this.emptyTuple = new PyTuple([]);
    this.emptyStr = new PyStr("");
    for (const o of [this.None, this.True, this.False, this.emptyTuple, this.emptyStr]) o.immortal = "cached";
    // Work inside builtins (sum(range(...)), sorting) counts too, so no single line can run forever.
    this.maxTicks = limits.maxSteps * 10;
  }

  int(v: bigint): PyInt {
    if (v >= -5n && v <= 256n) return this.intNum(Number(v));
    return this.heap.alloc(new PyInt(v));
  }

  /** int() for a value known to be a safe integer (the arithmetic fast paths). */
  intNum(n: number): PyInt {
    if (n >= -5 && n <= 256) {
      const i = n + 5;
      let o = this.smallInts[i];
      if (!o) {
        o = new PyInt(n);
        o.immortal = "cached";
        this.smallInts[i] = o;
      }
      return o;
    }
    return this.heap.alloc(new PyInt(n));
  }

  bool(b: boolean): PyBool {
    return b ? this.True : this.False;
  }

  float(v: number): PyFloat {
    return this.heap.alloc(new PyFloat(v));
  }

  /** The empty string and one-character Latin-1 strings are shared singletons (rule 15). */
  str(v: string): PyStr {
    if (v.length === 0) return this.emptyStr;
    if (v.length === 1 && v.charCodeAt(0) < 256) {
      let o = this.chars.get(v);
      if (!o) {
        o = new PyStr(v);
        o.immortal = "cached";
        this.chars.set(v, o);
      }
      return o;
    }
    if (v.length > 10_000_000) throw new LimitError("objects", "string too large for the simulator");
    return this.heap.alloc(new PyStr(v));
  }

  /** Items are owned references handed over to the new container. */
  tuple(items: PyObject[]): PyTuple {
    return items.length === 0 ? this.emptyTuple : this.heap.alloc(new PyTuple(items));
  }

  list(items: PyObject[]): PyList {
    return this.heap.alloc(new PyList(items));
  }

  dict(): PyDict {
    return this.heap.alloc(new PyDict());
  }

  set(frozen = false): PySet {
    const s = new PySet();
    if (frozen) s.kind = "frozenset";
    return this.heap.alloc(s);
  }

  /** Equal constants are one object across the whole file (rule 16). */
  constant(c: ConstValue): PyObject {
    const key = constKey(c);
    let o = this.consts.get(key);
    if (o) return o;
    switch (c.t) {
      case "int": o = this.int(c.v); break;
      case "float": o = new PyFloat(c.v); break;
      case "str": o = c.v.length <= 1 ? this.str(c.v) : new PyStr(c.v); break;
      case "bool": o = this.bool(c.v); break;
      case "none": o = this.None; break;
      case "tuple": o = c.items.length ? new PyTuple(c.items.map((x) => this.constant(x))) : this.emptyTuple; break;
    }
    if (o.immortal === null) {
      o.immortal = "constant";
      if (o.id === 0) this.heap.hooks.onAlloc(o);
    }
    this.consts.set(key, o);
    return o;
  }

  /** constant() keyed by the code's constant index, so a hot LOAD_CONST skips building constKey. */
  constOf(code: Code, i: number): PyObject {
    let cache = code.constCache;
    if (cache?.owner !== this) cache = code.constCache = { owner: this, objs: [] };
    const hit = cache.objs[i] as PyObject | undefined;
    if (hit) return hit;
    const o = this.constant(code.consts[i]!);
    cache.objs[i] = o;
    return o;
  }

  incref<O extends PyObject>(o: O): O {
    this.heap.incref(o);
    return o;
  }

  decref(o: PyObject | null | undefined): void {
    if (o) this.heap.decref(o);
  }

  write(s: string): void {
    this.out += s;
    if (this.out.length > this.limits.maxOutputChars) throw new LimitError("output", `output exceeds ${this.limits.maxOutputChars} characters`);
  }

  tick(n = 1): void {
    this.ticks += n;
    if (this.ticks > this.maxTicks) throw new LimitError("steps", `step limit exceeded (${this.limits.maxSteps} steps)`);
  }

  /** Builds and raises a builtin exception, e.g. rt.raise("TypeError", "..."). */
  raise(type: string, msg?: string): never {
    throw new PyError(this.newException(type, msg));
  }

  newException(type: string, msg?: string): PyException {
    const cls = this.excClasses.get(type)!;
    const args = msg === undefined ? this.emptyTuple : this.tuple([this.str(msg)]);
    return this.heap.alloc(new PyException(cls, args));
  }

  isinstance(o: PyObject, cls: PyClass): boolean {
    return o.cls.isSubclassOf(cls);
  }

  get currentFrame(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }

  tracer: Tracer | null = null;
  sourceLines: string[] = [];
  filename = "main.py";
  hasAttr!: (o: PyObject, name: string) => boolean;
  getAttrDefault!: (o: PyObject, name: string, dflt: PyObject | undefined) => PyObject;
  setAttrValue!: (o: PyObject, name: string, v: PyObject) => void;
  subscript!: (o: PyObject, i: PyObject) => PyObject;
  steps = 0;
  /** Set by the builtins module: constructors of builtin types (int(), list(), ...). */
  constructors = new Map<string, NativeFn>();
  private unbound = new Map<string, PyBuiltin>();
  private unboundByClass = new Map<PyClass, Map<string, PyBuiltin>>();

  lineEvent(f: Frame): void {
    if (++this.steps > this.limits.maxSteps) throw new LimitError("steps", `step limit exceeded (${this.limits.maxSteps} steps)`);
    this.tick();
    this.tracer?.step("line", f);
  }
  callEvent(f: Frame): void {
    this.tracer?.step("call", f);
  }
  returnEvent(f: Frame, _v: PyObject): void {
    this.tracer?.step("return", f);
  }
  exceptionEvent(f: Frame, _e: PyError): void {
    this.tracer?.step("exception", f);
  }
  globalsChanged(f: Frame, ns: Map<string, PyObject>): void {
    this.tracer?.namespaceChanged(f, ns);
  }

  truthy(o: PyObject): boolean {
    if (o === this.True) return true;
    if (o === this.False || o === this.None) return false;
    if (o instanceof PyInt) return o.big !== null || o.n !== 0; // a big int is never 0
    if (o instanceof PyFloat) return o.v !== 0;
    if (o instanceof PyStr) return o.v.length > 0;
    if (o instanceof PyList || o instanceof PyTuple) return o.items.length > 0;
    if (o instanceof PyDict || o instanceof PySet) return o.map.size > 0;
    if (o instanceof PyRange) return o.length > 0n;
    const b = o.cls.lookup("__bool__") ? "__bool__" : o.cls.lookup("__len__") ? "__len__" : null;
    if (!b) return true;
    const r = callDunder(this, o, b, [])!;
    try {
      if (b === "__bool__" && r.kind !== "bool") this.raise("TypeError", `__bool__ should return bool, returned ${typeName(r)}`);
      if (b === "__len__" && !(r instanceof PyInt)) this.raise("TypeError", `'${typeName(r)}' object cannot be interpreted as an integer`);
      return (r as PyInt).v !== 0n;
    } finally {
      this.decref(r);
    }
  }

  isExceptionClass(c: PyClass): boolean {
    // Cached: every instantiation asks this two or three times.
    this.baseException ??= this.excClasses.get("BaseException");
    return !!this.baseException && c.isSubclassOf(this.baseException);
  }
  private baseException: PyClass | undefined;

  excMatches(e: PyObject, t: PyObject): boolean {
    if (t instanceof PyTuple) return t.items.some((x) => this.excMatches(e, x));
    if (!(t instanceof PyClassRef) || !this.isExceptionClass(t)) {
      this.raise("TypeError", "catching classes that do not inherit from BaseException is not allowed");
    }
    return e.cls.isSubclassOf(t);
  }

  currentHandled(): PyObject | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const h = this.frames[i]!.handling;
      if (h.length) return h[h.length - 1];
    }
    return undefined;
  }

  notSupported(construct: string): RuntimeNotSupported {
    return new RuntimeNotSupported(construct);
  }

  keyError(key: PyObject): PyError {
    const cls = this.excClasses.get("KeyError")!;
    return new PyError(this.heap.alloc(new PyException(cls, this.tuple([this.incref(key)]))));
  }

  construct(cls: PyClass, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
    const c = this.constructors.get(cls.name);
    if (!c) this.raise("TypeError", `cannot create '${cls.name}' instances`);
    return c(cls, args, kw);
  }

  /** A builtin type's method, found without binding (LOAD_METHOD); immortal and shared. */
  unboundNative(cls: PyClass, name: string): PyBuiltin | null {
    // Natives never change after setup, so a hit can skip the MRO walk and the string key.
    let byName = this.unboundByClass.get(cls);
    const hit = byName?.get(name);
    if (hit) return hit;
    const fn = cls.lookupNative(name);
    if (!fn) return null;
    const key = cls.name + "." + name;
    let b = this.unbound.get(key);
    if (!b) {
      b = new PyBuiltin(name, fn);
      b.unbound = true;
      b.owner = cls;
      b.immortal = "cached";
      this.unbound.set(key, b);
    }
    if (!byName) this.unboundByClass.set(cls, (byName = new Map()));
    byName.set(name, b);
    return b;
  }

  native(cls: PyClass, name: string): NativeFn | undefined {
    return cls.lookupNative(name);
  }

  objectInit(): PyObject {
    return this.unboundNative(this.types.object, "__init__")!;
  }
}

