// Methods of dict and set; dict views.
import { type PyObject } from "../objects/base";
import { PyDict, type PySet } from "../objects/containers";
import { arity } from "./args";
import { dictGet, dictSet, hashKey, setAdd, setDiscard } from "./dicts";
import { forEach } from "./iterate";
import { type Runtime } from "./runtime";
import { PyDictView } from "./views";

type M = (self: PyObject, args: PyObject[], kw: Map<string, PyObject> | null) => PyObject;

export function installDictMethods(rt: Runtime): void {
  const D = rt.types.dict.native;
  const def = (name: string, fn: (d: PyDict, a: PyObject[], kw: Map<string, PyObject> | null) => PyObject) => D.set(name, fn as unknown as M);
  def("get", (d, a) => {
    arity(rt, "get", a, 1, 2);
    return rt.incref(dictGet(rt, d, a[0]!) ?? a[1] ?? rt.None);
  });
  for (const what of ["keys", "values", "items"] as const) {
    def(what, (d) => rt.heap.alloc(new PyDictView(rt.types[`dict_${what}`], rt.incref(d), what)));
  }
  def("pop", (d, a) => {
    arity(rt, "pop", a, 1, 2);
    const h = hashKey(rt, a[0]!);
    const e = d.map.get(h);
    if (!e) {
      if (a[1]) return rt.incref(a[1]);
      throw rt.keyError(a[0]!);
    }
    d.map.delete(h);
    rt.heap.touch(d);
    rt.decref(e[0]);
    return e[1];
  });
  def("popitem", (d) => {
    const last = [...d.map.keys()].pop();
    if (last === undefined) rt.raise("KeyError", "popitem(): dictionary is empty");
    const [k, v] = d.map.get(last)!;
    d.map.delete(last);
    rt.heap.touch(d);
    return rt.tuple([k, v]);
  });
  def("setdefault", (d, a) => {
    const v = dictGet(rt, d, a[0]!);
    if (v) return rt.incref(v);
    dictSet(rt, d, a[0]!, a[1] ?? rt.None);
    return rt.incref(a[1] ?? rt.None);
  });
  def("update", (d, a, kw) => {
    if (a[0] instanceof PyDict) for (const [k, v] of a[0].map.values()) dictSet(rt, d, k, v);
    else if (a[0]) throw rt.notSupported("dict.update with an iterable of pairs");
    if (kw) for (const [k, v] of kw) {
      const ks = rt.str(k);
      dictSet(rt, d, ks, v);
      rt.decref(ks);
    }
    return rt.None;
  });
  def("clear", (d) => {
    const old = d.takeRefs();
    rt.heap.touch(d);
    for (const o of old) rt.decref(o);
    return rt.None;
  });
  def("copy", (d) => {
    const c = rt.dict();
    for (const [k, v] of d.map.values()) dictSet(rt, c, k, v);
    return c;
  });
  installSetMethods(rt);
}

function installSetMethods(rt: Runtime): void {
  const S = rt.types.set.native;
  const def = (name: string, fn: (s: PySet, a: PyObject[]) => PyObject) => {
    S.set(name, fn as unknown as M);
    if (!["add", "remove", "discard", "pop", "clear"].includes(name) && !name.endsWith("update")) rt.types.frozenset.native.set(name, fn as unknown as M);
  };
  def("add", (s, a) => (setAdd(rt, s, a[0]!), rt.None));
  def("remove", (s, a) => {
    if (!setDiscard(rt, s, a[0]!)) throw rt.keyError(a[0]!);
    return rt.None;
  });
  def("discard", (s, a) => (setDiscard(rt, s, a[0]!), rt.None));
  def("pop", (s) => {
    const first = s.ordered()[0];
    if (!first) rt.raise("KeyError", "pop from an empty set");
    for (const [h, v] of s.map) if (v === first) s.map.delete(h);
    rt.heap.touch(s);
    return first;
  });
  def("clear", (s) => {
    const old = s.takeRefs();
    rt.heap.touch(s);
    for (const o of old) rt.decref(o);
    return rt.None;
  });
  def("copy", (s) => {
    const c = rt.set(s.kind === "frozenset");
    for (const v of s.map.values()) setAdd(rt, c, v);
    return c;
  });
  /** An iterable's distinct elements by hash key, each held once (released by `release`). */
  const keysOf = (src: PyObject): Map<string, PyObject> => {
    const m = new Map<string, PyObject>();
    forEach(rt, src, (v) => {
      const h = hashKey(rt, v);
      if (!m.has(h)) m.set(h, rt.incref(v));
    });
    return m;
  };
  const release = (m: Map<string, PyObject>) => m.forEach((v) => rt.decref(v));
  const copyOf = (s: PySet) => {
    const c = rt.set(s.kind === "frozenset");
    for (const v of s.map.values()) setAdd(rt, c, v);
    return c;
  };
  // Several arguments apply one after another, as CPython does: a.intersection(b, c) is (a & b) & c.
  const combine = (name: string, step: (r: PySet, other: Map<string, PyObject>) => void) =>
    def(name, (s, a) => {
      const r = copyOf(s);
      for (const src of a) {
        const other = keysOf(src);
        step(r, other);
        release(other);
      }
      return r;
    });
  const keepOnly = (r: PySet, other: Map<string, PyObject>, inOther: boolean) => {
    for (const [h, v] of [...r.map]) if (other.has(h) !== inOther) setDiscard(rt, r, v);
  };
  const symmetric = (r: PySet, other: Map<string, PyObject>) => {
    for (const [h, v] of other) {
      if (r.map.has(h)) setDiscard(rt, r, v);
      else setAdd(rt, r, v);
    }
  };
  combine("union", (r, other) => other.forEach((v) => setAdd(rt, r, v)));
  combine("intersection", (r, other) => keepOnly(r, other, true));
  combine("difference", (r, other) => keepOnly(r, other, false));
  combine("symmetric_difference", symmetric);
  const inPlace = (name: string, step: (r: PySet, other: Map<string, PyObject>) => void) =>
    def(name, (s, a) => {
      for (const src of a) {
        const other = keysOf(src);
        step(s, other);
        release(other);
      }
      return rt.None;
    });
  inPlace("update", (r, other) => other.forEach((v) => setAdd(rt, r, v)));
  inPlace("intersection_update", (r, other) => keepOnly(r, other, true));
  inPlace("difference_update", (r, other) => keepOnly(r, other, false));
  inPlace("symmetric_difference_update", symmetric);
  const relation = (name: string, test: (s: PySet, other: Map<string, PyObject>) => boolean) =>
    def(name, (s, a) => {
      arity(rt, name, a, 1, 1);
      const other = keysOf(a[0]!);
      const r = test(s, other);
      release(other);
      return rt.bool(r);
    });
  relation("issubset", (s, other) => [...s.map.keys()].every((h) => other.has(h)));
  relation("issuperset", (s, other) => [...other.keys()].every((h) => s.map.has(h)));
  relation("isdisjoint", (s, other) => [...other.keys()].every((h) => !s.map.has(h)));
}
