// Calling: Python functions take ownership of their arguments (rule 4); builtins borrow them
// and the caller releases them right after the call (3.11 first to last, 3.14 last to first), then
// the callable.
import { LimitError } from "../memory/errors";
import { type PyObject, PyClass } from "../objects/base";
import { PyBuiltin, PyFunction, PyMethod } from "../objects/callables";
import { type PyDict, type PyTuple } from "../objects/containers";
import { type Frame, PyGenerator } from "../objects/frames";
import { type PyStr } from "../objects/scalars";
import { evalFrame } from "./eval";
import { makeFrame, releaseFrame } from "./frames";
import { instantiate } from "./classes";
import { type Runtime } from "./runtime";
import { typeName } from "./strconv";

/** CALL: `fn` and `args` are owned (popped from the stack); kwNames names the last args. */
/** Splits the trailing keyword arguments (named by kwNames) off `args`. */
export function kwMap(args: PyObject[], kwNames: PyTuple | null): Map<string, PyObject> | null {
  if (!kwNames) return null;
  const kw = new Map<string, PyObject>();
  const vals = args.splice(args.length - kwNames.items.length);
  kwNames.items.forEach((k, i) => kw.set((k as PyStr).v, vals[i]!));
  return kw;
}

export function callOwned(rt: Runtime, fn: PyObject, args: PyObject[], kwNames: PyTuple | null): PyObject {
  const kw = kwMap(args, kwNames);
  if (fn instanceof PyFunction) {
    try {
      return invokeFunction(rt, fn, args, kw);
    } finally {
      rt.decref(fn);
    }
  }
  if (fn instanceof PyMethod && fn.func instanceof PyFunction) {
    args.unshift(rt.incref(fn.self!));
    const func = rt.incref(fn.func);
    rt.decref(fn);
    try {
      return invokeFunction(rt, func, args, kw);
    } finally {
      rt.decref(func);
    }
  }
  try {
    return callBorrowed(rt, fn, args, kw);
  } finally {
    if (rt.profile.callArgsLastToFirst) {
      if (kw) for (const v of [...kw.values()].reverse()) rt.decref(v);
      for (let i = args.length - 1; i >= 0; i--) rt.decref(args[i]);
    } else {
      for (const a of args) rt.decref(a);
      if (kw) for (const v of kw.values()) rt.decref(v);
    }
    rt.decref(fn);
  }
}

/** Calls with borrowed arguments (from builtins, CALL_EX, dunder methods). */
export function callValue(rt: Runtime, fn: PyObject, args: PyObject[], kwd: PyDict | null): PyObject {
  let kw: Map<string, PyObject> | null = null;
  if (kwd && kwd.map.size) {
    kw = new Map();
    for (const [k, v] of kwd.map.values()) {
      if (k.kind !== "str") rt.raise("TypeError", "keywords must be strings");
      kw.set((k as PyStr).v, v);
    }
  }
  return callBorrowed(rt, fn, args, kw);
}

export function callBorrowed(rt: Runtime, fn: PyObject, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  if (fn instanceof PyFunction) {
    const owned = args.map((a) => rt.incref(a));
    const okw = kw ? new Map([...kw].map(([k, v]) => [k, rt.incref(v)])) : null;
    return invokeFunction(rt, fn, owned, okw);
  }
  if (fn instanceof PyMethod) return callBorrowed(rt, fn.func!, [fn.self!, ...args], kw);
  if (fn instanceof PyBuiltin) {
    if (fn.unbound) {
      if (args.length === 0) rt.raise("TypeError", `unbound method ${fn.name}() needs an argument`);
      const self = args[0]!;
      if (fn.owner && !self.cls.isSubclassOf(fn.owner)) {
        rt.raise("TypeError", `descriptor '${fn.name}' for '${fn.owner.name}' objects doesn't apply to a '${typeName(self)}' object`);
      }
      return fn.fn(self, args.slice(1), kw);
    }
    return fn.fn(fn.self ?? rt.None, args, kw);
  }
  if (fn instanceof PyClass) return instantiate(rt, fn, args, kw);
  const call = fn.cls.lookup("__call__");
  if (call) return callBorrowed(rt, call, [fn, ...args], kw);
  return rt.raise("TypeError", `'${typeName(fn)}' object is not callable`);
}

/** Runs a Python function; `args` and kw values are owned and move into the new frame. */
export function invokeFunction(rt: Runtime, fn: PyFunction, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  const f = makeFrame(rt, fn, args, kw);
  if (fn.code.isGenerator) {
    const g = rt.heap.alloc(new PyGenerator(f, fn.qualname));
    f.gen = g;
    return g;
  }
  return runFrame(rt, f);
}

/** Pushes the frame, runs it to completion and releases it; the result is owned. */
export function runFrame(rt: Runtime, f: Frame): PyObject {
  if (rt.frames.length >= rt.limits.recursionLimit) {
    releaseFrame(rt, f);
    rt.raise("RecursionError", "maximum recursion depth exceeded");
  }
  if (rt.frames.length > 5000) throw new LimitError("steps", "call stack too deep");
  rt.frames.push(f);
  rt.callEvent(f);
  let result: PyObject;
  try {
    result = evalFrame(rt, f);
  } catch (e) {
    releaseFrame(rt, f);
    rt.frames.pop();
    throw e;
  }
  rt.returnEvent(f, result);
  releaseFrame(rt, f);
  rt.frames.pop();
  return result;
}

/** Calls a special method found on the type, e.g. __repr__, with borrowed arguments. */
export function callDunder(rt: Runtime, self: PyObject, name: string, args: PyObject[]): PyObject | null {
  const m = self.cls.lookup(name);
  if (!m) return null;
  return callBorrowed(rt, m, [self, ...args], null);
}
