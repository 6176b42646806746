// Argument helpers for builtin functions: arity checks and CPython's messages.
import { type PyObject, PyClass } from "../objects/base";
import { PyBuiltin, PyFunction, PyMethod } from "../objects/callables";
import { type PyDict } from "../objects/containers";
import { PyFloat, PyInt, PyStr } from "../objects/scalars";
import { type Runtime } from "./runtime";
import { typeName } from "./strconv";

export function arity(rt: Runtime, name: string, args: PyObject[], min: number, max: number): void {
  if (args.length >= min && args.length <= max) return;
  if (min === max) {
    if (min === 0) rt.raise("TypeError", `${name}() takes no arguments (${args.length} given)`);
    if (min === 1) rt.raise("TypeError", `${name}() takes exactly one argument (${args.length} given)`);
    rt.raise("TypeError", `${name} expected ${min} arguments, got ${args.length}`);
  }
  if (args.length < min) rt.raise("TypeError", `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`);
  rt.raise("TypeError", `${name} expected at most ${max} arguments, got ${args.length}`);
}

export function noKw(rt: Runtime, name: string, kw: Map<string, PyObject> | null): void {
  if (kw && kw.size) rt.raise("TypeError", `${name}() takes no keyword arguments`);
}

export function kwOnly(rt: Runtime, name: string, kw: Map<string, PyObject> | null, allowed: string[]): void {
  if (!kw) return;
  for (const k of kw.keys()) if (!allowed.includes(k)) rt.raise("TypeError", `'${k}' is an invalid keyword argument for ${name}()`);
}

export function intArg(rt: Runtime, o: PyObject | undefined, what = "an integer"): bigint {
  if (o instanceof PyInt) return o.v;
  rt.raise("TypeError", `'${o ? typeName(o) : "NoneType"}' object cannot be interpreted as ${what}`);
}

export function strArg(rt: Runtime, o: PyObject | undefined, fn: string): string {
  if (o instanceof PyStr) return o.v;
  rt.raise("TypeError", `${fn} must be str, not ${o ? typeName(o) : "NoneType"}`);
}

export function numArg(o: PyObject): number | null {
  if (o instanceof PyInt || o instanceof PyFloat) return Number(o.v);
  return null;
}

/**
 * `f(a=1, **{"a": 2})`: a keyword given twice in one call (DICT_MERGE), named the way CPython's
 * _PyObject_FunctionStr names the callee.
 */
export function checkDuplicateKeywords(rt: Runtime, callee: PyObject, d: PyDict, src: PyDict): void {
  for (const h of src.map.keys()) {
    if (!d.map.has(h)) continue;
    const key = src.map.get(h)![0];
    rt.raise("TypeError", `${calleeName(callee)}() got multiple values for keyword argument '${key instanceof PyStr ? key.v : "?"}'`);
  }
}

function calleeName(fn: PyObject): string {
  if (fn instanceof PyMethod && fn.func) return calleeName(fn.func);
  if (fn instanceof PyFunction) return `__main__.${fn.qualname}`;
  if (fn instanceof PyClass) return fn.builtin ? fn.name : `__main__.${fn.qualname ?? fn.name}`;
  if (fn instanceof PyBuiltin) return fn.name;
  return typeName(fn);
}
