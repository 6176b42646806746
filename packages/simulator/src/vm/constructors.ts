// Calling builtin types: int(), float(), str(), list(), dict(), range(), type(), ...
import { type PyObject, PyClass } from "../objects/base";
import { PyDict, PyRange, PyTuple } from "../objects/containers";
import { PyInstance } from "../objects/instance";
import { PyFloat, PyInt, PyStr } from "../objects/scalars";
import { arity, intArg, noKw } from "./args";
import { callDunder } from "./call";
import { dictSet, setAdd } from "./dicts";
import { collectAll, forEach } from "./iterate";
import { type Runtime } from "./runtime";
import { repr, str, typeName } from "./strconv";
import { type BuiltinTypeName } from "../objects/types";

export function installConstructors(rt: Runtime): void {
  const T = rt.types;
  const ctor = (name: BuiltinTypeName, fn: (args: PyObject[], kw: Map<string, PyObject> | null) => PyObject) => {
    rt.constructors.set(name, (_s, args, kw) => fn(args, kw));
    rt.builtins.set(name, T[name]);
  };
  ctor("int", (args, kw) => {
    noKw(rt, "int", kw);
    arity(rt, "int", args, 0, 2);
    return toInt(rt, args[0], args[1]);
  });
  ctor("float", (args) => {
    arity(rt, "float", args, 0, 1);
    const a = args[0];
    if (!a) return rt.float(0);
    if (a instanceof PyFloat) return rt.incref(a);
    if (a instanceof PyInt) return rt.float(Number(a.v));
    if (a instanceof PyStr) {
      const t = a.v.trim().replace(/_/g, "").toLowerCase();
      const m = /^[+-]?(inf|infinity|nan)$/.exec(t);
      if (m) return rt.float(m[1] === "nan" ? NaN : t.startsWith("-") ? -Infinity : Infinity);
      if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) rt.raise("ValueError", `could not convert string to float: ${repr(rt, a)}`);
      return rt.float(Number(t));
    }
    const r = callDunder(rt, a, "__float__", []);
    if (r) return r;
    return rt.raise("TypeError", `float() argument must be a string or a real number, not '${typeName(a)}'`);
  });
  ctor("str", (args) => (arity(rt, "str", args, 0, 1), rt.str(args[0] ? str(rt, args[0]) : "")));
  ctor("bool", (args) => (arity(rt, "bool", args, 0, 1), rt.bool(args[0] ? rt.truthy(args[0]) : false)));
  ctor("list", (args) => (arity(rt, "list", args, 0, 1), rt.list(args[0] ? collectAll(rt, args[0]) : [])));
  ctor("tuple", (args) => {
    arity(rt, "tuple", args, 0, 1);
    if (args[0] instanceof PyTuple) return rt.incref(args[0]);
    return rt.tuple(args[0] ? collectAll(rt, args[0]) : []);
  });
  ctor("dict", (args, kw) => {
    arity(rt, "dict", args, 0, 1);
    const d = rt.dict();
    try {
      if (args[0] instanceof PyDict) for (const [k, v] of args[0].map.values()) dictSet(rt, d, k, v);
      else if (args[0]) {
        forEach(rt, args[0], (pair) => {
          const kv = collectAll(rt, pair);
          try {
            if (kv.length !== 2) rt.raise("ValueError", `dictionary update sequence element #${d.map.size} has length ${kv.length}; 2 is required`);
            dictSet(rt, d, kv[0]!, kv[1]!);
          } finally {
            kv.forEach((x) => rt.decref(x));
          }
        });
      }
      if (kw) for (const [k, v] of kw) {
        const ks = rt.str(k);
        dictSet(rt, d, ks, v);
        rt.decref(ks);
      }
    } catch (e) {
      rt.decref(d); // the partial dict and what it holds go with the error
      throw e;
    }
    return d;
  });
  for (const name of ["set", "frozenset"] as const) {
    ctor(name, (args) => {
      arity(rt, name, args, 0, 1);
      const s = rt.set(name === "frozenset");
      try {
        if (args[0]) forEach(rt, args[0], (v) => setAdd(rt, s, v));
      } catch (e) {
        rt.decref(s);
        throw e;
      }
      return s;
    });
  }
  ctor("range", (args, kw) => {
    noKw(rt, "range", kw);
    if (args.length === 0) rt.raise("TypeError", "range expected at least 1 argument, got 0");
    arity(rt, "range", args, 1, 3);
    const n = args.map((a) => intArg(rt, a));
    const [start, stop, step] = n.length === 1 ? [0n, n[0]!, 1n] : [n[0]!, n[1]!, n[2] ?? 1n];
    if (step === 0n) rt.raise("ValueError", "range() arg 3 must not be zero");
    return rt.heap.alloc(new PyRange(start, stop, step));
  });
  ctor("object", (args) => {
    arity(rt, "object", args, 0, 0);
    return rt.heap.alloc(new PyInstance(T.object));
  });
  ctor("type", (args) => {
    if (args.length !== 1) throw rt.notSupported("type() with three arguments");
    return rt.incref(args[0]!.cls);
  });
  T.object.native.set("__init__", () => rt.None);
  void PyClass;
}

function toInt(rt: Runtime, a: PyObject | undefined, base: PyObject | undefined): PyObject {
  if (!a) return rt.int(0n);
  if (base !== undefined) {
    if (!(a instanceof PyStr)) rt.raise("TypeError", "int() can't convert non-string with explicit base");
    return parseInt(rt, a, Number(intArg(rt, base)));
  }
  if (a instanceof PyInt) return rt.int(a.v);
  if (a instanceof PyFloat) {
    if (!Number.isFinite(a.v)) rt.raise(Number.isNaN(a.v) ? "ValueError" : "OverflowError", Number.isNaN(a.v) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
    return rt.int(BigInt(Math.trunc(a.v)));
  }
  if (a instanceof PyStr) return parseInt(rt, a, 10);
  const r = callDunder(rt, a, "__int__", []);
  if (r) return r;
  return rt.raise("TypeError", `int() argument must be a string, a bytes-like object or a real number, not '${typeName(a)}'`);
}

function parseInt(rt: Runtime, s: PyStr, base: number): PyObject {
  const t = s.v.trim().replace(/_/g, "");
  const m = /^([+-]?)(.+)$/.exec(t);
  let body = m?.[2]?.toLowerCase() ?? "";
  // A 0x/0o/0b prefix is allowed when it matches the base; base 0 takes the base from it.
  const prefix = /^0([xob])/.exec(body)?.[1];
  const prefixBase = prefix ? { x: 16, o: 8, b: 2 }[prefix]! : 10;
  const eff = base === 0 ? prefixBase : base;
  if (prefix && prefixBase === eff) body = body.slice(2);
  else if (base === 0 && /^0+[1-9]/.test(body)) body = "!"; // base 0 refuses leading zeros
  const digits = "0123456789abcdefghijklmnopqrstuvwxyz".slice(0, eff);
  if (!m || !body || [...body].some((c) => !digits.includes(c))) {
    rt.raise("ValueError", `invalid literal for int() with base ${base}: ${repr(rt, s)}`);
  }
  let v = 0n;
  for (const c of body) v = v * BigInt(eff) + BigInt(digits.indexOf(c));
  return rt.int(m[1] === "-" ? -v : v);
}
