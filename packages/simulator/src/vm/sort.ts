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
  // `a < b` exactly as CPython's listsort asks it: the later item first, one `<` per comparison.
  const lt = (a: number, b: number): boolean => {
    const r = compareOp(rt, "<", kOf(a), kOf(b));
    const t = rt.truthy(r);
    rt.decref(r);
    return t;
  };
  try {
    rt.tick(items.length * Math.max(1, Math.ceil(Math.log2(items.length + 1))));
    if (idx.length < 64) smallSort(idx, lt, rt.profile.sortRunsWithEquals ? countRun313 : countRun311);
    else idx.sort((a, b) => (lt(a, b) ? -1 : lt(b, a) ? 1 : 0));
    releaseOrder = [...idx];
    if (reverse) idx.reverse();
    l.items = idx.map((i) => items[i]!);
  } catch (e) {
    // CPython leaves the list as far as the sort got (smallSort permutes idx in place).
    if (reverse) idx.reverse();
    l.items = idx.map((i) => items[i]!);
    throw e;
  } finally {
    if (keys) for (const i of releaseOrder) rt.decref(keys[i]!);
    rt.heap.touch(l);
  }
}

type Lt = (x: number, y: number) => boolean;

/**
 * CPython's listsort for fewer than 64 items (one run): count the leading run, then binary
 * insertion of the rest. Same comparisons, in the same order.
 */
function smallSort(a: number[], lt: Lt, countRun: (a: number[], lt: Lt) => number): void {
  if (a.length < 2) return;
  for (let start = countRun(a, lt); start < a.length; start++) {
    const pivot = a[start]!;
    let l = 0;
    let r = start;
    do {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, a[p]!)) r = p;
      else l = p + 1;
    } while (l < r);
    for (let k = start; k > l; k--) a[k] = a[k - 1]!;
    a[l] = pivot;
  }
}

function reverseRange(a: number[], from: number, to: number): void {
  for (let i = from, j = to - 1; i < j; i++, j--) [a[i], a[j]] = [a[j]!, a[i]!];
}

/** count_run up to 3.12: an ascending run, or a strictly descending one (reversed in place). */
function countRun311(a: number[], lt: Lt): number {
  let n = 2;
  if (lt(a[1]!, a[0]!)) {
    while (n < a.length && lt(a[n]!, a[n - 1]!)) n++;
    reverseRange(a, 0, n);
  } else {
    while (n < a.length && !lt(a[n]!, a[n - 1]!)) n++;
  }
  return n;
}

/**
 * count_run from 3.13: a descending run may contain equal items (kept stable by reversing each
 * equal stretch first), and after reversing it an ascending suffix may extend it.
 */
function countRun313(a: number[], lt: Lt): number {
  const len = a.length;
  let n = 1;
  while (n < len && !lt(a[n]!, a[n - 1]!)) n++;
  if (n === len) return n;
  if (n > 1) {
    if (lt(a[0]!, a[n - 1]!)) return n;
    reverseRange(a, 0, n); // all equal so far: they start the descending run
  }
  n++;
  let neq = 0;
  const reverseLastEqual = () => {
    if (neq) reverseRange(a, n - neq - 1, n);
    neq = 0;
  };
  for (; n < len; n++) {
    if (lt(a[n]!, a[n - 1]!)) reverseLastEqual();
    else if (lt(a[n - 1]!, a[n]!)) break;
    else neq++;
  }
  reverseLastEqual();
  reverseRange(a, 0, n);
  while (n < len && !lt(a[n]!, a[n - 1]!)) n++;
  return n;
}
