// str() and repr() of every object, calling user __str__/__repr__ where defined.
import { type PyObject, PyClass } from "../objects/base";
import { PyBuiltin, PyFunction, PyMethod, PyModule } from "../objects/callables";
import { PyDict, PyList, PyRange, PySet, PySlice, PyTuple } from "../objects/containers";
import { PyGenerator } from "../objects/frames";
import { PyException, PyInstance } from "../objects/instance";
import { floatRepr, PyFloat, PyInt, PyStr, strRepr } from "../objects/scalars";
import { callDunder } from "./call";
import { formatSpec } from "./format";
import { PyDictView } from "./views";
import { type Runtime } from "./runtime";

export function typeName(o: PyObject): string {
  return o.cls.name;
}

export function address(rt: Runtime, o: PyObject): string {
  return "0x" + rt.heap.addresses.of(o).toString(16);
}

function qualName(c: PyClass): string {
  return c.builtin ? c.name : `__main__.${c.qualname ?? c.name}`;
}

const active = new Set<PyObject>();

export function repr(rt: Runtime, o: PyObject): string {
  if (o instanceof PyStr) return strRepr(o.v);
  if (o instanceof PyInt) return o.kind === "bool" ? (o.v ? "True" : "False") : o.v.toString();
  if (o instanceof PyFloat) return floatRepr(o.v);
  if (o === rt.None) return "None";
  if (o instanceof PyInstance && !o.klass.builtin || (o instanceof PyInstance && o.klass.lookup("__repr__"))) {
    const r = userString(rt, o, "__repr__");
    if (r !== null) return r;
  }
  if (active.has(o)) return o instanceof PyList ? "[...]" : o instanceof PyDict ? "{...}" : o instanceof PyTuple ? "(...)" : "...";
  active.add(o);
  try {
    return containerRepr(rt, o);
  } finally {
    active.delete(o);
  }
}

function containerRepr(rt: Runtime, o: PyObject): string {
  const r = (x: PyObject) => repr(rt, x);
  if (o instanceof PyList) return "[" + o.items.map(r).join(", ") + "]";
  if (o instanceof PyTuple) return o.items.length === 1 ? `(${r(o.items[0]!)},)` : "(" + o.items.map(r).join(", ") + ")";
  if (o instanceof PyDict) return "{" + [...o.map.values()].map(([k, v]) => `${r(k)}: ${r(v)}`).join(", ") + "}";
  if (o instanceof PySet) {
    const body = o.ordered().map(r).join(", ");
    if (o.kind === "frozenset") return body ? `frozenset({${body}})` : "frozenset()";
    return body ? `{${body}}` : "set()";
  }
  if (o instanceof PyRange) return `range(${o.start}, ${o.stop}${o.step === 1n ? "" : ", " + o.step})`;
  if (o instanceof PySlice) return `slice(${r(o.start)}, ${r(o.stop)}, ${r(o.step)})`;
  if (o instanceof PyException) {
    const args = o.args.items;
    return `${o.cls.name}(${args.length === 1 ? r(args[0]!) : args.map(r).join(", ")})`;
  }
  if (o instanceof PyClass) return `<class '${qualName(o)}'>`;
  if (o instanceof PyFunction) return `<function ${o.qualname} at ${address(rt, o)}>`;
  if (o instanceof PyBuiltin) {
    return o.self ? `<built-in method ${o.name} of ${typeName(o.self)} object at ${address(rt, o.self)}>` : `<built-in function ${o.name}>`;
  }
  if (o instanceof PyMethod) {
    const fn = o.func as PyFunction;
    return `<bound method ${fn.qualname} of ${repr(rt, o.self!)}>`;
  }
  if (o instanceof PyGenerator) return `<generator object ${o.qualname} at ${address(rt, o)}>`;
  if (o instanceof PyModule) return `<module '${o.name}' (built-in)>`;
  if (o.kind === "other" && o.cls.name === "NotImplementedType") return "NotImplemented";
  if (o instanceof PyInstance) return `<${qualName(o.klass)} object at ${address(rt, o)}>`;
  if (o instanceof PyDictView) {
    const items = [...o.dict.map.values()].map(([k, v]) => (o.what === "keys" ? r(k) : o.what === "values" ? r(v) : `(${r(k)}, ${r(v)})`));
    return `${o.cls.name}([${items.join(", ")}])`;
  }
  return `<${o.cls.name} object at ${address(rt, o)}>`;
}

function userString(rt: Runtime, o: PyObject, name: "__repr__" | "__str__"): string | null {
  const m = o.cls.lookup(name);
  if (!m) return null;
  const r = callDunder(rt, o, name, [])!;
  try {
    if (!(r instanceof PyStr)) rt.raise("TypeError", `${name} returned non-string (type ${typeName(r)})`);
    return r.v;
  } finally {
    rt.decref(r);
  }
}

export function str(rt: Runtime, o: PyObject): string {
  if (o instanceof PyStr) return o.v;
  if (o instanceof PyInstance) {
    const s = userString(rt, o, "__str__");
    if (s !== null) return s;
    if (o instanceof PyException && !o.klass.lookup("__repr__")) {
      const a = o.args.items;
      if (a.length === 1 && o.klass.name === "KeyError" && o.klass.builtin) return repr(rt, a[0]!);
      return a.length === 0 ? "" : a.length === 1 ? str(rt, a[0]!) : repr(rt, o.args);
    }
  }
  return repr(rt, o);
}

/** FORMAT_VALUE: conversion 1 str, 2 repr, 3 ascii; then format(value, spec). */
export function formatValue(rt: Runtime, v: PyObject, conv: number, spec: string): PyObject {
  if (conv === 0 && spec === "" && v instanceof PyStr) return rt.incref(v);
  if (conv !== 0) {
    const s = conv === 1 ? str(rt, v) : conv === 3 ? asciiOf(repr(rt, v)) : repr(rt, v);
    return rt.str(spec ? formatSpec(rt, s, spec) : s);
  }
  return rt.str(format(rt, v, spec));
}

export function format(rt: Runtime, v: PyObject, spec: string): string {
  if (v instanceof PyInstance && v.klass.lookup("__format__")) {
    const s = rt.str(spec);
    try {
      const r = callDunder(rt, v, "__format__", [s])!;
      const out = str(rt, r);
      rt.decref(r);
      return out;
    } finally {
      rt.decref(s);
    }
  }
  if (spec === "") return str(rt, v);
  return formatSpec(rt, v, spec);
}

/** ascii(): a repr with every non-ASCII character escaped as \xNN, \uNNNN or \UNNNNNNNN. */
export function asciiOf(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}
