// Hashing and dict/set mutation helpers. Every mutation goes through here so that reference
// counts, the release order (rule 6) and the trace's change log stay in step.
import { type PyObject } from "../objects/base";
import { type PyDict, type PySet, PySlice, PyTuple } from "../objects/containers";
import { PyFloat, PyInt, PyStr } from "../objects/scalars";
import { PyInstance } from "../objects/instance";
import { mayBeTracked } from "../memory/tracking";
import { type Runtime } from "./runtime";
import { typeName } from "./strconv";

/** A string identifying the key's equality class (1 == 1.0 == True share one key). */
export function hashKey(rt: Runtime, o: PyObject, use?: "a dict key" | "a set element"): string {
  if (o instanceof PyStr) return "s" + o.v;
  if (o instanceof PyInt) return "i" + (o.big ?? o.n).toString(); // same digits either way
  if (o instanceof PyFloat) return Number.isInteger(o.v) ? "i" + BigInt(o.v).toString() : "f" + o.v;
  if (o === rt.None) return "N";
  if (o instanceof PyTuple) return "t(" + o.items.map((x) => hashKey(rt, x)).join(",") + ")";
  const k = o.kind;
  if (k === "list" || k === "dict" || k === "set") unhashable(rt, o, use);
  if (o instanceof PySlice) {
    if (!rt.profile.slicesHashable) unhashable(rt, o, use);
    // 3.12+: a slice hashes and compares like the tuple (start, stop, step).
    return "s(" + [o.start, o.stop, o.step].map((x) => hashKey(rt, x)).join(",") + ")";
  }
  if (o instanceof PyInstance && !o.klass.builtin) {
    if (o.klass.lookup("__hash__")) throw rt.notSupported("user-defined __hash__");
    if (o.klass.lookup("__eq__")) unhashable(rt, o, use);
  }
  return "o" + rt.heap.idOf(o);
}

function unhashable(rt: Runtime, o: PyObject, use: string | undefined): never {
  const base = `unhashable type: '${typeName(o)}'`;
  rt.raise("TypeError", use && rt.profile.unhashableNamesUse ? `cannot use '${typeName(o)}' as ${use} (${base})` : base);
}

export function dictGet(rt: Runtime, d: PyDict, k: PyObject): PyObject | undefined {
  return d.map.get(hashKey(rt, k))?.[1];
}

/** Stores borrowed k and v (increfs both); the old value is released after the store (rule 2). */
export function dictSet(rt: Runtime, d: PyDict, k: PyObject, v: PyObject): void {
  const h = hashKey(rt, k, "a dict key");
  const e = d.map.get(h);
  rt.incref(v);
  rt.heap.touch(d);
  if (e) {
    const old = e[1];
    e[1] = v;
    rt.decref(old);
  } else {
    d.map.set(h, [rt.incref(k), v]);
  }
  if (d.gen < 0 && rt.profile.lazyGcTracking && (mayBeTracked(k) || mayBeTracked(v))) rt.heap.trackLate(d);
}

export function dictDel(rt: Runtime, d: PyDict, k: PyObject): boolean {
  const h = hashKey(rt, k);
  const e = d.map.get(h);
  if (!e) return false;
  d.map.delete(h);
  rt.heap.touch(d);
  rt.decref(e[0]);
  rt.decref(e[1]);
  return true;
}

export function setAdd(rt: Runtime, s: PySet, v: PyObject): void {
  const h = hashKey(rt, v, "a set element");
  if (s.map.has(h)) return;
  s.map.set(h, rt.incref(v));
  rt.heap.touch(s);
}

export function setDiscard(rt: Runtime, s: PySet, v: PyObject): boolean {
  const h = hashKey(rt, v);
  const o = s.map.get(h);
  if (!o) return false;
  s.map.delete(h);
  rt.heap.touch(s);
  rt.decref(o);
  return true;
}
