// Rich comparison and membership, including user __eq__/__lt__ with reflected fallbacks.
import { type PyObject } from "../objects/base";
import { PyMethod } from "../objects/callables";
import { PyDict, PyList, PyRange, PySet, PyTuple } from "../objects/containers";
import { PyInstance } from "../objects/instance";
import { PyFloat, PyInt, PyStr } from "../objects/scalars";
import { callDunder } from "./call";
import { getIter, iterNext } from "./iter";
import { type Runtime } from "./runtime";
import { typeName } from "./strconv";
import { hashKey } from "./dicts";
import { PyDictView } from "./views";

const REFLECT: Record<string, string> = { "<": ">", ">": "<", "<=": ">=", ">=": "<=", "==": "==", "!=": "!=" };
const DUNDER: Record<string, string> = { "<": "__lt__", ">": "__gt__", "<=": "__le__", ">=": "__ge__", "==": "__eq__", "!=": "__ne__" };

function num(o: PyObject): number | bigint | null {
  // A safe int as a number compares exactly with floats and bigints alike.
  if (o instanceof PyInt) return o.big ?? o.n;
  if (o instanceof PyFloat) return o.v;
  return null;
}

function cmpNum(op: string, x: number | bigint, y: number | bigint): boolean {
  if (typeof x !== typeof y) {
    if (Number.isNaN(x) || Number.isNaN(y)) return op === "!=";
  }
  switch (op) {
    case "<": return x < y;
    case ">": return x > y;
    case "<=": return x <= y;
    case ">=": return x >= y;
    case "==": return x == y;  
    default: return x != y;  
  }
}

function order(op: string, c: number): boolean {
  return op === "<" ? c < 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : op === ">=" ? c >= 0 : op === "==" ? c === 0 : c !== 0;
}

/** Returns a Python bool (or whatever a user's dunder returned), owned. */
export function compareOp(rt: Runtime, op: string, a: PyObject, b: PyObject): PyObject {
  const r = richCompare(rt, op, a, b);
  return typeof r === "boolean" ? rt.bool(r) : r;
}

function richCompare(rt: Runtime, op: string, a: PyObject, b: PyObject): boolean | PyObject {
  const x = num(a);
  const y = num(b);
  if (x !== null && y !== null) return cmpNum(op, x, y);
  if (a instanceof PyStr && b instanceof PyStr) return order(op, a.v < b.v ? -1 : a.v > b.v ? 1 : 0);
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) return seqCompare(rt, op, a.items, b.items);
  if (a instanceof PyInstance || b instanceof PyInstance) {
    const first = b instanceof PyInstance && b.cls !== a.cls && b.cls.isSubclassOf(a.cls) ? [b, a, REFLECT[op]!] as const : [a, b, op] as const;
    for (const [s, o, sop] of [first, first[0] === a ? [b, a, REFLECT[op]!] as const : [a, b, op] as const]) {
      if (s.cls.lookup(DUNDER[sop]!)) {
        const r = callDunder(rt, s, DUNDER[sop]!, [o])!;
        if (r.cls.name !== "NotImplementedType") return r;
      } else if (sop === "!=" && s.cls.lookup("__eq__")) {
        const r = callDunder(rt, s, "__eq__", [o])!;
        if (r.cls.name !== "NotImplementedType") {
          const t = rt.truthy(r);
          rt.decref(r);
          return !t;
        }
      }
    }
  }
  if (op === "==" || op === "!=") return (op === "==") === simpleEq(rt, a, b);
  if (a instanceof PySet && b instanceof PySet) {
    const sub = (p: PySet, q: PySet) => [...p.map.keys()].every((h) => q.map.has(h));
    if (op === "<=") return sub(a, b);
    if (op === ">=") return sub(b, a);
    if (op === "<") return sub(a, b) && a.map.size < b.map.size;
    if (op === ">") return sub(b, a) && b.map.size < a.map.size;
  }
  return rt.raise("TypeError", `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

function simpleEq(rt: Runtime, a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.map.size !== b.map.size) return false;
    for (const [h, [, v]] of a.map) {
      const e = b.map.get(h);
      if (!e || !eq(rt, v, e[1])) return false;
    }
    return true;
  }
  if (a instanceof PySet && b instanceof PySet) return a.map.size === b.map.size && [...a.map.keys()].every((h) => b.map.has(h));
  if (a instanceof PyRange && b instanceof PyRange) return a.start === b.start && a.stop === b.stop && a.step === b.step;
  // Bound methods compare equal when bound to the same object and the same function (CPython 3.8+).
  if (a instanceof PyMethod && b instanceof PyMethod) return a.self === b.self && a.func === b.func;
  return false;
}

function seqCompare(rt: Runtime, op: string, xs: PyObject[], ys: PyObject[]): boolean {
  const n = Math.min(xs.length, ys.length);
  for (let i = 0; i < n; i++) {
    if (xs[i] === ys[i] || eq(rt, xs[i]!, ys[i]!)) continue;
    if (op === "==") return false;
    if (op === "!=") return true;
    const r = richCompare(rt, op, xs[i]!, ys[i]!);
    if (typeof r === "boolean") return r;
    const t = rt.truthy(r);
    rt.decref(r);
    return t;
  }
  return order(op, xs.length - ys.length);
}

/** Python `==` as a JS boolean (identity first, as containers do). */
export function eq(rt: Runtime, a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  const r = richCompare(rt, "==", a, b);
  if (typeof r === "boolean") return r;
  const t = rt.truthy(r);
  rt.decref(r);
  return t;
}

/** `needle in container` */
export function containsOp(rt: Runtime, container: PyObject, needle: PyObject): boolean {
  if (container instanceof PyStr) {
    if (!(needle instanceof PyStr)) rt.raise("TypeError", `'in <string>' requires string as left operand, not ${typeName(needle)}`);
    return container.v.includes(needle.v);
  }
  if (container instanceof PyDict) return container.map.has(hashKey(rt, needle));
  if (container instanceof PyDictView && container.what === "keys") return container.dict.map.has(hashKey(rt, needle));
  if (container instanceof PySet) return container.map.has(hashKey(rt, needle));
  if (container instanceof PyList || container instanceof PyTuple) return container.items.some((x) => eq(rt, x, needle));
  if (container instanceof PyRange && needle instanceof PyInt) {
    const { start, step } = container;
    const v = needle.v;
    const idx = (v - start) / step;
    return (v - start) % step === 0n && idx >= 0n && idx < container.length;
  }
  const c = callDunder(rt, container, "__contains__", [needle]);
  if (c) {
    const t = rt.truthy(c);
    rt.decref(c);
    return t;
  }
  const it = getIter(rt, container);
  try {
    for (let v = iterNext(rt, it); v; v = iterNext(rt, it)) {
      const hit = eq(rt, v, needle);
      rt.decref(v);
      if (hit) return true;
    }
    return false;
  } finally {
    rt.decref(it);
  }
}
