// len() and reversed() over builtin sequences and user classes.
import { type PyObject } from "../objects/base";
import { PyDict, PyList, PyRange, PySet, PyTuple } from "../objects/containers";
import { PyIter } from "../objects/iterators";
import { PyInt, PyStr } from "../objects/scalars";
import { callDunder } from "./call";
import { seqIter } from "./iter";
import { type Runtime } from "./runtime";
import { typeName } from "./strconv";
import { PyDictView } from "./views";

export function lenOf(rt: Runtime, o: PyObject): number {
  if (o instanceof PyStr) return [...o.v].length;
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyDict || o instanceof PySet) return o.map.size;
  if (o instanceof PyRange) return Number(o.length);
  if (o instanceof PyDictView) return o.dict.map.size;
  const r = callDunder(rt, o, "__len__", []);
  if (r) {
    try {
      if (!(r instanceof PyInt)) rt.raise("TypeError", `'${typeName(r)}' object cannot be interpreted as an integer`);
      if (r.v < 0n) rt.raise("ValueError", "__len__() should return >= 0");
      return Number(r.v);
    } finally {
      rt.decref(r);
    }
  }
  return rt.raise("TypeError", `object of type '${typeName(o)}' has no len()`);
}

export function reversedOf(rt: Runtime, o: PyObject): PyObject {
  if (o instanceof PyList || o instanceof PyTuple) return seqIter(rt, o, true);
  if (o instanceof PyRange) {
    const n = o.length;
    let i = 0n;
    return rt.heap.alloc(new PyIter(rt.types.range_iterator, [], () => (i < n ? rt.int(o.start + (n - 1n - i++) * o.step) : null)));
  }
  if (o instanceof PyStr) {
    const chars = [...o.v].reverse();
    let i = 0;
    return rt.heap.alloc(new PyIter(rt.types.reversed, [rt.incref(o)], () => (i < chars.length ? rt.str(chars[i++]!) : null)));
  }
  if (o instanceof PyDict) {
    const keys = [...o.map.values()].map(([k]) => k).reverse();
    let i = 0;
    return rt.heap.alloc(new PyIter(rt.types.reversed, [rt.incref(o)], () => (i < keys.length ? rt.incref(keys[i++]!) : null)));
  }
  if (o instanceof PyDictView) {
    // Views are reversible since 3.8; items come out as fresh (key, value) tuples.
    const entries = [...o.dict.map.values()].reverse();
    let i = 0;
    return rt.heap.alloc(new PyIter(rt.types.reversed, [rt.incref(o)], () => {
      const e = entries[i++];
      if (!e) return null;
      if (o.what === "keys") return rt.incref(e[0]);
      if (o.what === "values") return rt.incref(e[1]);
      return rt.tuple([rt.incref(e[0]), rt.incref(e[1])]);
    }));
  }
  const r = callDunder(rt, o, "__reversed__", []);
  if (r) return r;
  return rt.raise("TypeError", `'${typeName(o)}' object is not reversible`);
}
