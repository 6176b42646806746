// list.sort / sorted: stable, with key= and reverse= as CPython (reverse keeps equal items' order).
import { type PyObject } from "../objects/base";
import { type PyList } from "../objects/containers";
import { callBorrowed } from "./call";
import { compareOp } from "./ops";
import { type Runtime } from "./runtime";

export function sortItems(rt: Runtime, l: PyList, kw: Map<string, PyObject> | null): void {
  const key = kw?.get("key");
  const reverse = kw?.get("reverse") ? rt.truthy(kw.get("reverse")!) : false;
  const items = l.items;
  l.items = []; // CPython empties the list while sorting
  const keys = key && key !== rt.None ? items.map((x) => callBorrowed(rt, key, [x], null)) : null;
  const idx = items.map((_, i) => i);
  if (reverse) idx.reverse();
  const kOf = (i: number) => (keys ? keys[i]! : items[i]!);
  // CPython drops the keys after sorting, in sorted order (before undoing the reverse).
  let releaseOrder = idx;
  try {
    rt.tick(items.length * Math.max(1, Math.ceil(Math.log2(items.length + 1))));
    idx.sort((a, b) => {
      const r = compareOp(rt, "<", kOf(b), kOf(a));
      const lt = rt.truthy(r);
      rt.decref(r);
      if (lt) return 1;
      const r2 = compareOp(rt, "<", kOf(a), kOf(b));
      const gt = rt.truthy(r2);
      rt.decref(r2);
      return gt ? -1 : 0;
    });
    releaseOrder = [...idx];
    if (reverse) idx.reverse();
    l.items = idx.map((i) => items[i]!);
  } catch (e) {
    l.items = items;
    throw e;
  } finally {
    if (keys) for (const i of releaseOrder) rt.decref(keys[i]!);
    rt.heap.touch(l);
  }
}
