// Tuple unpacking: `a, b = ...` and `a, *rest = ...` push the items in reverse for the stores.
import { type PyObject } from "../objects/base";
import { PyList, PyTuple } from "../objects/containers";
import { getIter, iterNext } from "./iter";
import { type Runtime } from "./runtime";
import { typeName } from "./strconv";

function collect(rt: Runtime, src: PyObject, max: number): PyObject[] {
  if (src instanceof PyTuple || src instanceof PyList) return src.items.map((x) => rt.incref(x));
  let it: PyObject;
  try {
    it = getIter(rt, src);
  } catch (e) {
    if (src.kind !== "instance" && src.kind !== "generator") rt.raise("TypeError", `cannot unpack non-iterable ${typeName(src)} object`);
    throw e;
  }
  const out: PyObject[] = [];
  try {
    for (let v = iterNext(rt, it); v; v = iterNext(rt, it)) {
      out.push(v);
      if (out.length > max) break;
    }
  } catch (e) {
    for (const x of out) rt.decref(x);
    throw e;
  } finally {
    rt.decref(it);
  }
  return out;
}

/** unpack_iterable's error path: the items fetched so far are released last fetched first. */
function releaseFetched(rt: Runtime, items: PyObject[]): void {
  for (let i = items.length - 1; i >= 0; i--) rt.decref(items[i]);
}

export function unpackSequence(rt: Runtime, s: PyObject[], n: number): void {
  const src = s.pop()!;
  let items: PyObject[];
  try {
    items = collect(rt, src, n);
  } finally {
    rt.decref(src);
  }
  if (items.length !== n) {
    releaseFetched(rt, items);
    if (items.length > n) {
      const got = rt.profile.unpackReportsGot && (src instanceof PyList || src instanceof PyTuple) ? `, got ${items.length}` : "";
      rt.raise("ValueError", `too many values to unpack (expected ${n}${got})`);
    }
    rt.raise("ValueError", `not enough values to unpack (expected ${n}, got ${items.length})`);
  }
  for (let i = n - 1; i >= 0; i--) s.push(items[i]!);
}

export function unpackEx(rt: Runtime, s: PyObject[], before: number, after: number): void {
  const src = s.pop()!;
  let items: PyObject[];
  try {
    items = collect(rt, src, Infinity);
  } finally {
    rt.decref(src);
  }
  if (items.length < before + after) {
    releaseFetched(rt, items);
    rt.raise("ValueError", `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const head = items.slice(0, before);
  const mid = rt.list(items.slice(before, items.length - after));
  const tail = items.slice(items.length - after);
  for (let i = tail.length - 1; i >= 0; i--) s.push(tail[i]!);
  s.push(mid);
  for (let i = head.length - 1; i >= 0; i--) s.push(head[i]!);
}
