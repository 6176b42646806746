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
    if (!["add", "remove", "discard", "pop", "clear", "update"].includes(name)) rt.types.frozenset.native.set(name, fn as unknown as M);
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
  const combine = (name: string, keep: (inA: boolean, inB: boolean) => boolean, addB: boolean) =>
    def(name, (s, a) => {
      const other = new Map<string, PyObject>();
      for (const src of a) forEach(rt, src, (v) => void other.set(hashKey(rt, v), rt.incref(v)));
      const r = rt.set(s.kind === "frozenset");
      for (const [h, v] of s.map) if (keep(true, other.has(h))) setAdd(rt, r, v);
      if (addB) for (const [h, v] of other) if (!s.map.has(h)) setAdd(rt, r, v);
      for (const v of other.values()) rt.decref(v);
      return r;
    });
  combine("union", () => true, true);
  combine("intersection", (_a, b) => b, false);
  combine("difference", (_a, b) => !b, false);
  def("update", (s, a) => {
    for (const src of a) forEach(rt, src, (v) => setAdd(rt, s, v));
    return rt.None;
  });
  def("issubset", (s, a) => {
    const other = a[0] as PySet;
    return rt.bool([...s.map.keys()].every((h) => other.map.has(h)));
  });
  def("issuperset", (s, a) => {
    const other = a[0] as PySet;
    return rt.bool([...other.map.keys()].every((h) => s.map.has(h)));
  });
}
