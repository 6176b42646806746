// Indexing and slicing, including slice assignment and `del` (rules 1 and 6: removed list
// items are released last to first, after the new ones are in place).
import { type PyObject } from "../objects/base";
import { PyDict, PyList, PyRange, PySlice, PyTuple } from "../objects/containers";
import { PyInt, PyStr } from "../objects/scalars";
import { callDunder } from "./call";
import { dictDel, dictGet, dictSet } from "./dicts";
import { getIter, isIterable, iterNext } from "./iter";
import { type Runtime } from "./runtime";
import { repr, typeName } from "./strconv";

function toIndex(rt: Runtime, i: PyObject, what: string): number {
  if (!(i instanceof PyInt)) rt.raise("TypeError", `${what} indices must be integers or slices, not ${typeName(i)}`);
  return i.num;
}

/** CPython's PySlice_AdjustIndices: [start, stop, step, length]. */
export function sliceIndices(rt: Runtime, s: PySlice, len: number): [number, number, number, number] {
  const get = (o: PyObject, name: string): number | null => {
    if (o === rt.None) return null;
    if (!(o instanceof PyInt)) rt.raise("TypeError", `slice indices must be integers or None or have an __index__ method`);
    void name;
    return o.num;
  };
  const step = get(s.step, "step") ?? 1;
  if (step === 0) rt.raise("ValueError", "slice step cannot be zero");
  let start = get(s.start, "start");
  let stop = get(s.stop, "stop");
  const lo = step < 0 ? -1 : 0;
  const hi = step < 0 ? len - 1 : len;
  if (start === null) start = step < 0 ? hi : lo;
  else if (start < 0) start = Math.max(start + len, lo);
  else start = Math.min(start, hi);
  if (stop === null) stop = step < 0 ? lo : hi;
  else if (stop < 0) stop = Math.max(stop + len, lo);
  else stop = Math.min(stop, hi);
  const n = step > 0 ? (stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0) : stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  return [start, stop, step, n];
}

function pick<X>(xs: X[] | string, s: [number, number, number, number]): X[] {
  const [start, , step, n] = s;
  const out: X[] = [];
  for (let i = 0; i < n; i++) out.push(xs[start + i * step] as X);
  return out;
}

export function getSubscript(rt: Runtime, o: PyObject, i: PyObject): PyObject {
  if (o instanceof PyList || o instanceof PyTuple) {
    const what = o instanceof PyList ? "list" : "tuple";
    if (i instanceof PySlice) {
      const si = sliceIndices(rt, i, o.items.length);
      if (o instanceof PyTuple && si[0] === 0 && si[2] === 1 && si[3] === o.items.length) return rt.incref(o); // t[:] is t
      const items = pick(o.items, si).map((x) => rt.incref(x));
      return o instanceof PyList ? rt.list(items) : rt.tuple(items);
    }
    let k = toIndex(rt, i, what);
    if (k < 0) k += o.items.length;
    const v = o.items[k];
    if (!v || k < 0) rt.raise("IndexError", `${what} index out of range`);
    return rt.incref(v);
  }
  if (o instanceof PyStr) {
    if (i instanceof PySlice) {
      const si = sliceIndices(rt, i, o.v.length);
      if (si[0] === 0 && si[2] === 1 && si[3] === o.v.length) return rt.incref(o); // s[:] is s
      return rt.str(pick(o.v, si).join(""));
    }
    let k = toIndex(rt, i, "string");
    if (k < 0) k += o.v.length;
    if (k < 0 || k >= o.v.length) rt.raise("IndexError", "string index out of range");
    return rt.str(o.v[k]!);
  }
  if (o instanceof PyDict) {
    const v = dictGet(rt, o, i);
    if (!v) {
      const missing = o.cls.lookup("__missing__");
      if (missing) throw rt.notSupported("__missing__");
      throw rt.keyError(i);
    }
    return rt.incref(v);
  }
  if (o instanceof PyRange) {
    if (i instanceof PySlice) throw rt.notSupported("slicing a range");
    let k = BigInt(toIndex(rt, i, "range"));
    const len = o.length;
    if (k < 0n) k += len;
    if (k < 0n || k >= len) rt.raise("IndexError", "range object index out of range");
    return rt.int(o.start + k * o.step);
  }
  const r = callDunder(rt, o, "__getitem__", [i]);
  if (r) return r;
  return rt.raise("TypeError", `'${typeName(o)}' object is not subscriptable`);
}

/** Replaces items [start, start+n) of a list; old items are released last to first. */
export function listSplice(rt: Runtime, l: PyList, start: number, n: number, newItems: PyObject[]): void {
  const removed = l.items.splice(start, n, ...newItems);
  rt.heap.touch(l);
  for (let k = removed.length - 1; k >= 0; k--) rt.decref(removed[k]);
}

export function setSubscript(rt: Runtime, o: PyObject, i: PyObject, v: PyObject): void {
  if (o instanceof PyList) {
    if (i instanceof PySlice) return setSlice(rt, o, i, v);
    let k = toIndex(rt, i, "list");
    if (k < 0) k += o.items.length;
    if (k < 0 || k >= o.items.length) rt.raise("IndexError", "list assignment index out of range");
    const old = o.items[k];
    o.items[k] = rt.incref(v);
    rt.heap.touchSplice(o, k, 1, 1);
    return rt.decref(old);
  }
  if (o instanceof PyDict) return dictSet(rt, o, i, v);
  const r = callDunder(rt, o, "__setitem__", [i, v]);
  if (r) return rt.decref(r);
  rt.raise("TypeError", `'${typeName(o)}' object does not support item assignment`);
}

function setSlice(rt: Runtime, l: PyList, s: PySlice, v: PyObject): void {
  if (!isIterable(v)) rt.raise("TypeError", rt.profile.sliceAssignNotIterable);
  const it = getIter(rt, v);
  const items: PyObject[] = [];
  for (let x = iterNext(rt, it); x; x = iterNext(rt, it)) items.push(x);
  rt.decref(it);
  const idx = sliceIndices(rt, s, l.items.length);
  const [start, stop, step, n] = idx;
  if (step === 1) return listSplice(rt, l, start, Math.max(0, stop - start), items);
  if (items.length !== n) {
    for (const x of items) rt.decref(x);
    rt.raise("ValueError", `attempt to assign sequence of size ${items.length} to extended slice of size ${n}`);
  }
  const old: PyObject[] = [];
  for (let j = 0; j < n; j++) {
    old.push(l.items[start + j * step]!);
    l.items[start + j * step] = items[j]!;
  }
  rt.heap.touch(l);
  for (const x of old) rt.decref(x);
}

export function delSubscript(rt: Runtime, o: PyObject, i: PyObject): void {
  if (o instanceof PyList) {
    if (i instanceof PySlice) {
      const [start, stop, step, n] = sliceIndices(rt, i, o.items.length);
      if (step === 1) return listSplice(rt, o, start, Math.max(0, stop - start), []);
      const idx = new Set<number>();
      for (let j = 0; j < n; j++) idx.add(start + j * step);
      const removed = o.items.filter((_, j) => idx.has(j));
      o.items = o.items.filter((_, j) => !idx.has(j));
      rt.heap.touch(o);
      for (const x of removed) rt.decref(x);
      return;
    }
    let k = toIndex(rt, i, "list");
    if (k < 0) k += o.items.length;
    if (k < 0 || k >= o.items.length) rt.raise("IndexError", "list assignment index out of range");
    return listSplice(rt, o, k, 1, []);
  }
  if (o instanceof PyDict) {
    if (!dictDel(rt, o, i)) throw rt.keyError(i);
    return;
  }
  const r = callDunder(rt, o, "__delitem__", [i]);
  if (r) return rt.decref(r);
  rt.raise("TypeError", `'${typeName(o)}' object does not support item deletion`);
}

export { repr };
