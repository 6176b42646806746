// Methods of list and tuple. Removed items are released after the list is updated (rule 1).
import { type PyObject } from "../objects/base";
import { type PyList, type PyTuple } from "../objects/containers";
import { PyInt } from "../objects/scalars";
import { arity, intArg, noKw } from "./args";
import { eq } from "./compare";
import { collectAll } from "./iterate";
import { type Runtime } from "./runtime";
import { sortItems } from "./sort";
import { listSplice } from "./subscript";
import { repr } from "./strconv";

type M = (self: PyObject, args: PyObject[], kw: Map<string, PyObject> | null) => PyObject;

/** index(x[, start[, end]]): start/end clamp like a slice's; the list may change while comparing. */
function findIndex(rt: Runtime, items: PyObject[], v: PyObject, a: PyObject[] = []): number {
  const bound = (o: PyObject | undefined, dflt: number) => {
    if (o === undefined) return dflt;
    const k = Number(intArg(rt, o));
    return k < 0 ? Math.max(0, k + items.length) : k;
  };
  const start = bound(a[1], 0);
  const end = bound(a[2], items.length);
  for (let i = start; i < end && i < items.length; i++) if (eq(rt, items[i]!, v)) return i;
  return -1;
}

export function installListMethods(rt: Runtime): void {
  const L = rt.types.list.native;
  const def = (name: string, fn: (l: PyList, a: PyObject[], kw: Map<string, PyObject> | null) => PyObject) => L.set(name, fn as unknown as M);
  def("append", (l, a, kw) => {
    noKw(rt, "list.append", kw);
    arity(rt, "list.append", a, 1, 1);
    l.items.push(rt.incref(a[0]!));
    rt.heap.touchSplice(l, l.items.length - 1, 0, 1);
    return rt.None;
  });
  def("extend", (l, a) => {
    arity(rt, "list.extend", a, 1, 1);
    const items = collectAll(rt, a[0]!);
    l.items.push(...items);
    rt.heap.touch(l);
    return rt.None;
  });
  def("insert", (l, a) => {
    arity(rt, "insert", a, 2, 2);
    let i = Number(intArg(rt, a[0]));
    const n = l.items.length;
    if (i < 0) i = Math.max(0, i + n);
    l.items.splice(Math.min(i, n), 0, rt.incref(a[1]!));
    rt.heap.touch(l);
    return rt.None;
  });
  def("pop", (l, a) => {
    arity(rt, "pop", a, 0, 1);
    if (l.items.length === 0) rt.raise("IndexError", "pop from empty list");
    let i = a[0] ? Number(intArg(rt, a[0])) : l.items.length - 1;
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) rt.raise("IndexError", "pop index out of range");
    const [v] = l.items.splice(i, 1);
    rt.heap.touchSplice(l, i, 1, 0);
    return v!; // the list's reference becomes the caller's
  });
  def("remove", (l, a) => {
    arity(rt, "list.remove", a, 1, 1);
    const i = findIndex(rt, l.items, a[0]!);
    if (i < 0) rt.raise("ValueError", "list.remove(x): x not in list");
    listSplice(rt, l, i, 1, []);
    return rt.None;
  });
  def("index", (l, a) => {
    const i = findIndex(rt, l.items, a[0]!, a);
    if (i < 0) rt.raise("ValueError", rt.profile.listIndexGenericMessage ? "list.index(x): x not in list" : `${repr(rt, a[0]!)} is not in list`);
    return rt.int(BigInt(i));
  });
  def("count", (l, a) => rt.int(BigInt(l.items.filter((x) => eq(rt, x, a[0]!)).length)));
  def("clear", (l) => (listSplice(rt, l, 0, l.items.length, []), rt.None));
  def("copy", (l) => rt.list(l.items.map((x) => rt.incref(x))));
  def("reverse", (l) => {
    l.items.reverse();
    rt.heap.touch(l);
    return rt.None;
  });
  def("sort", (l, a, kw) => {
    if (a.length) rt.raise("TypeError", "sort() takes no positional arguments");
    sortItems(rt, l, kw);
    return rt.None;
  });
  const T = rt.types.tuple.native;
  T.set("index", ((t: PyTuple, a: PyObject[]) => {
    const i = findIndex(rt, t.items, a[0]!, a);
    if (i < 0) rt.raise("ValueError", "tuple.index(x): x not in tuple");
    return rt.int(BigInt(i));
  }) as unknown as M);
  T.set("count", ((t: PyTuple, a: PyObject[]) => rt.int(BigInt(t.items.filter((x) => eq(rt, x, a[0]!)).length))) as unknown as M);
  void PyInt;
}
