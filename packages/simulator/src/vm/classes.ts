// Class creation (the class body runs in its own namespace), instantiation with __init__,
// and super().
import { PyObject, PyClass, type Ref } from "../objects/base";
import { PyBuiltin, PyFunction, PyMethod } from "../objects/callables";
import { type PyTuple } from "../objects/containers";
import { Frame } from "../objects/frames";
import { PyException, PyInstance } from "../objects/instance";
import { type PyStr } from "../objects/scalars";
import { callBorrowed, runFrame } from "./call";
import { frameForSelfCall } from "./frames";
import { type Runtime } from "./runtime";
import { typeName } from "./strconv";

export function buildClass(rt: Runtime, f: Frame, nbases: number): void {
  const s = f.stack;
  const bases = s.splice(s.length - nbases);
  const name = s.pop() as PyStr;
  const body = s.pop() as PyFunction;
  try {
    for (const b of bases) if (!(b instanceof PyClass)) rt.raise("TypeError", `bases must be types`);
    if (bases.length > 1) throw rt.notSupported("multiple inheritance");
    const baseClasses = bases.length ? (bases as PyClass[]) : [rt.types.object];
    for (const b of baseClasses) if (b.builtin && !rt.isExceptionClass(b) && b !== rt.types.object) throw rt.notSupported(`subclassing builtin type '${b.name}'`);
    const bf = new Frame(body.code, body, f.globals);
    rt.incref(body);
    bf.ns = new Map();
    const r = runFrame(rt, bf);
    rt.decref(r);
    const cls = rt.heap.alloc(new PyClass(name.v, baseClasses, false));
    cls.qualname = body.code.qualname;
    if (rt.profile.staticAttributeKeys && !rt.isExceptionClass(cls)) seedSharedKeys(cls, body.code.staticAttributes);
    for (const b of baseClasses) rt.incref(b);
    for (const [k, v] of bf.ns) {
      cls.dict.set(k, v);
      if (v instanceof PyFunction) v.ownerClass = cls;
    }
    bf.ns.clear();
    s.push(cls);
  } finally {
    for (const b of bases) rt.decref(b);
    rt.decref(name);
    rt.decref(body);
  }
}

/** _PyDict_NewKeysForClass: the class's shared keys start as its __static_attributes__ (at most 30). */
function seedSharedKeys(cls: PyClass, names: string[]): void {
  for (const n of names.slice(0, 30)) {
    cls.keyIndex.set(n, cls.sharedKeys.length);
    cls.sharedKeys.push(n);
  }
}

/** Calling a class: builtin constructors, exceptions, or a new instance plus __init__. */
export function instantiate(rt: Runtime, cls: PyClass, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  if (cls.builtin && !rt.isExceptionClass(cls)) return rt.construct(cls, args, kw);
  if (cls.lookup("__new__")) throw rt.notSupported("__new__");
  let inst: PyInstance;
  if (rt.isExceptionClass(cls)) {
    inst = rt.heap.alloc(new PyException(rt.incref(cls), rt.tuple(args.map((a) => rt.incref(a)))));
    if (cls.builtin) rt.decref(cls);
  } else inst = rt.heap.alloc(new PyInstance(rt.incref(cls)));
  const init = cls.lookup("__init__");
  if (!init) {
    if ((args.length || kw?.size) && !rt.isExceptionClass(cls)) {
      rt.decref(inst);
      rt.raise("TypeError", `${cls.qualname ?? cls.name}() takes no arguments`);
    }
    return inst;
  }
  try {
    const simple = init instanceof PyFunction && !kw ? frameForSelfCall(rt, init, inst, args) : null;
    const r = simple ? runFrame(rt, simple) : callBorrowed(rt, init, [inst, ...args], kw);
    if (r !== rt.None) {
      rt.decref(r);
      rt.raise("TypeError", `__init__() should return None, not '${typeName(r)}'`);
    }
  } catch (e) {
    rt.decref(inst);
    throw e;
  }
  return inst;
}

/** The object super() returns: the class to search after, and the instance. */
export class PySuper extends PyObject {
  readonly kind = "other";
  constructor(
    public after: PyClass,
    public self: PyObject,
  ) {
    super();
  }
  get cls(): PyClass {
    return superClass!;
  }
  override refs(): Ref[] {
    return [["__thisclass__", this.after], ["__self__", this.self]];
  }
  override takeRefs(): PyObject[] {
    return [this.after, this.self];
  }
}

let superClass: PyClass | null = null;
export function setSuperClass(c: PyClass): void {
  superClass = c;
}

export function loadSuper(rt: Runtime, f: Frame): PyObject {
  const cls = f.fn?.ownerClass;
  const self = f.locals[0] ?? f.cells[0]?.value;
  if (!cls || !self) rt.raise("RuntimeError", "super(): no arguments");
  rt.incref(cls);
  return rt.heap.alloc(new PySuper(cls, rt.incref(self)));
}

export function superLookup(rt: Runtime, sp: PySuper, name: string): PyObject {
  const mro = sp.self.cls.mro;
  for (let i = mro.indexOf(sp.after) + 1; i < mro.length; i++) {
    const v = mro[i]!.dict.get(name);
    if (v) return v instanceof PyFunction ? rt.heap.alloc(new PyMethod(rt.incref(v), rt.incref(sp.self))) : rt.incref(v);
    const nf = mro[i]!.native.get(name);
    if (nf) return rt.heap.alloc(new PyBuiltin(name, nf, rt.incref(sp.self)));
    if (mro[i] === rt.types.object && name === "__init__") return rt.objectInit();
  }
  return rt.raise("AttributeError", `'super' object has no attribute '${name}'`);
}

export type { PyTuple };
