// Draining an iterable into owned references (for list(), sorted(), sum(), ...).
import { type PyObject } from "../objects/base";
import { PyList, PyTuple } from "../objects/containers";
import { getIter, iterNext } from "./iter";
import { type Runtime } from "./runtime";

export function collectAll(rt: Runtime, src: PyObject): PyObject[] {
  if (src instanceof PyList || src instanceof PyTuple) {
    rt.tick(src.items.length);
    return src.items.map((x) => rt.incref(x));
  }
  const it = getIter(rt, src);
  const out: PyObject[] = [];
  try {
    for (let v = iterNext(rt, it); v; v = iterNext(rt, it)) out.push(v);
  } catch (e) {
    for (const x of out) rt.decref(x);
    throw e;
  } finally {
    rt.decref(it);
  }
  return out;
}

/** Calls fn on each item (borrowed); stops early when fn returns true. */
export function forEach(rt: Runtime, src: PyObject, fn: (v: PyObject) => boolean | void): void {
  const it = getIter(rt, src);
  try {
    for (let v = iterNext(rt, it); v; v = iterNext(rt, it)) {
      let stop: boolean | void;
      try {
        stop = fn(v);
      } finally {
        rt.decref(v);
      }
      if (stop) return;
    }
  } finally {
    rt.decref(it);
  }
}
