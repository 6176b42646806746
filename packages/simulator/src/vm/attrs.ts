// Attribute access on instances, classes, modules and builtin objects, and LOAD_METHOD,
// which (as in CPython) calls a method without creating a bound-method object.
import { type PyObject, PyClass } from "../objects/base";
import { PyBuiltin, PyFunction, PyMethod, PyModule } from "../objects/callables";
import { PyException, PyInstance } from "../objects/instance";
import { PyGenerator } from "../objects/frames";
import { cpythonClassHasAttr, cpythonHasAttr } from "./cpython-attrs";
import { type Runtime } from "./runtime";
import { typeName } from "./strconv";
import { PyError } from "../memory/errors";
import { NULL_SELF } from "./exec";
import { PySuper, superLookup } from "./classes";

function special(rt: Runtime, o: PyObject, name: string): PyObject | null {
  if (name === "__class__") return rt.incref(o.cls);
  if (o instanceof PyClass) {
    if (name === "__name__") return rt.str(o.name);
    if (name === "__qualname__") return rt.str(o.qualname ?? o.name);
    if (name === "__bases__") return rt.tuple(o.bases.map((b) => rt.incref(b)));
  }
  if (o instanceof PyFunction) {
    if (name === "__name__") return rt.str(o.name);
    if (name === "__qualname__") return rt.str(o.qualname);
    if (name === "__defaults__") return rt.incref(o.defaults ?? rt.None);
  }
  if (o instanceof PyBuiltin && name === "__name__") return rt.str(o.name);
  if (o instanceof PyException) {
    if (name === "args") return rt.incref(o.args);
    if (name === "obj" && rt.isinstance(o, rt.excClasses.get("AttributeError")!)) return rt.incref(o.attrObj ?? rt.None);
    if (name === "name" && rt.isinstance(o, rt.excClasses.get("AttributeError")!)) return o.attrName === null ? rt.None : rt.str(o.attrName);
    if (name === "value" && o.klass.name === "StopIteration" && o.klass.builtin) return rt.incref(o.args.items[0] ?? rt.None);
    if (name === "__traceback__") return rt.incref(o.traceback ?? rt.None);
    if (name === "__cause__") return rt.incref(o.cause ?? rt.None);
    if (name === "__context__") return rt.incref(o.context ?? rt.None);
    if (name === "__suppress_context__") return rt.bool(o.suppressContext);
  }
  if (o instanceof PyMethod) {
    if (name === "__self__") return rt.incref(o.self!);
    if (name === "__func__") return rt.incref(o.func!);
  }
  if (o instanceof PyGenerator && name === "__name__") return rt.str(o.qualname);
  return null;
}

/** Looks up a method without binding it: [function, self] or [callable, NULL_SELF]. */
export function loadMethod(rt: Runtime, s: PyObject[], name: string): void {
  const o = s.pop()!;
  if (o instanceof PyInstance && !o.getOwn(name)) {
    const m = o.klass.lookup(name);
    if (m instanceof PyFunction) {
      s.push(rt.incref(m), o);
      return;
    }
  }
  if (!(o instanceof PyInstance) && !(o instanceof PyClass) && !(o instanceof PyModule) && !(o instanceof PySuper)) {
    const nf = rt.unboundNative(o.cls, name);
    if (nf) {
      s.push(nf, o);
      return;
    }
  }
  try {
    s.push(getAttr(rt, o, name), NULL_SELF);
  } finally {
    rt.decref(o);
  }
}

export function getAttr(rt: Runtime, o: PyObject, name: string): PyObject {
  if (o instanceof PyInstance) {
    const v = o.getOwn(name);
    if (v) return rt.incref(v);
  }
  const sp = special(rt, o, name);
  if (sp) return sp;
  if (o instanceof PyModule) {
    const v = o.attrs.get(name);
    if (v) return rt.incref(v);
    noAttribute(rt, o, name, `module '${o.name}' has no attribute '${name}'`);
  }
  if (o instanceof PySuper) return superLookup(rt, o, name);
  if (o instanceof PyClass) {
    const v = o.lookup(name);
    if (v) return rt.incref(v);
    const nf = rt.unboundNative(o, name);
    if (nf) return nf;
    if ((o.builtin && cpythonHasAttr(o.name, name)) || cpythonClassHasAttr(name)) throw rt.notSupported(`${o.name}.${name}`);
    noAttribute(rt, o, name, `type object '${o.qualname ?? o.name}' has no attribute '${name}'`);
  }
  const m = o.cls.lookup(name);
  if (m) return m instanceof PyFunction ? rt.heap.alloc(new PyMethod(rt.incref(m), rt.incref(o))) : rt.incref(m);
  const nf = rt.native(o.cls, name);
  if (nf) return rt.heap.alloc(new PyBuiltin(name, nf, rt.incref(o)));
  const tn = o instanceof PyException ? "BaseException" : o.cls.builtin ? typeName(o) : "instance";
  if (cpythonHasAttr(tn, name)) throw rt.notSupported(`${typeName(o)}.${name}`);
  return noAttribute(rt, o, name, `'${typeName(o)}' object has no attribute '${name}'`);
}

/**
 * A failed lookup's AttributeError keeps the object (e.obj) and the name (set_attribute_error_context),
 * so the object lives as long as the exception does.
 */
function noAttribute(rt: Runtime, o: PyObject, name: string, msg: string): never {
  const exc = rt.newException("AttributeError", msg);
  exc.attrObj = rt.incref(o);
  exc.attrName = name;
  throw new PyError(exc);
}

/** `o.name = v` with borrowed v; the old value is released after the store (rule 2). */
export function setAttr(rt: Runtime, o: PyObject, name: string, v: PyObject): void {
  if (o instanceof PyInstance) {
    if (o instanceof PyException && name === "args") throw rt.notSupported("assigning exception args");
    const old = o.setAttr(name, rt.incref(v));
    rt.heap.touch(o);
    return rt.decref(old);
  }
  if (o instanceof PyClass && !o.builtin) {
    const old = o.dict.get(name);
    o.dict.set(name, rt.incref(v));
    rt.heap.touch(o);
    return rt.decref(old);
  }
  if (o instanceof PyFunction) throw rt.notSupported("function attributes");
  if (o instanceof PyClass) rt.raise("TypeError", `cannot set '${name}' attribute of immutable type '${o.name}'`);
  rt.raise("AttributeError", `'${typeName(o)}' object has no attribute '${name}'`);
}

export function delAttr(rt: Runtime, o: PyObject, name: string): void {
  if (o instanceof PyInstance) {
    const old = o.delOwn(name);
    if (!old) rt.raise("AttributeError", `'${typeName(o)}' object has no attribute '${name}'`);
    rt.heap.touch(o);
    return rt.decref(old);
  }
  if (o instanceof PyClass && !o.builtin) {
    const old = o.dict.get(name);
    if (!old) rt.raise("AttributeError", `type object '${o.name}' has no attribute '${name}'`);
    o.dict.delete(name);
    rt.heap.touch(o);
    return rt.decref(old);
  }
  rt.raise("AttributeError", `'${typeName(o)}' object has no attribute '${name}'`);
}
