// Builtin functions: print, len, sorted, min/max, sum, isinstance, ... with CPython's messages.
import { type NativeFn, type PyObject, PyClass } from "../objects/base";
import { PyBuiltin } from "../objects/callables";
import { PyDict, PyList, PyRange, PySet, PyTuple } from "../objects/containers";
import { PyIter } from "../objects/iterators";
import { floatRepr, PyFloat, PyInt, PyStr } from "../objects/scalars";
import { numericHash, toFixedExact } from "../objects/numeric";
import { arity, intArg, kwOnly, noKw } from "./args";
import { callBorrowed } from "./call";
import { eq } from "./compare";
import { hashKey } from "./dicts";
import { collectAll, forEach } from "./iterate";
import { genSend, getIter, iterNext, raiseStop } from "./iter";
import { PyGenerator } from "../objects/frames";
import { binaryOp, compareOp } from "./ops";
import { type Runtime } from "./runtime";
import { sortItems } from "./sort";
import { asciiOf, format, repr, str, typeName } from "./strconv";
import { lenOf, reversedOf } from "./seq";
import { installConstructors } from "./constructors";
import { installNumericBuiltins } from "./builtins-numeric";

export function installBuiltins(rt: Runtime): void {
  const def = (name: string, fn: NativeFn) => {
    const b = new PyBuiltin(name, fn);
    b.immortal = "cached";
    rt.builtins.set(name, b);
  };
  def("print", (_s, args, kw) => {
    kwOnly(rt, "print", kw, ["sep", "end", "flush", "file"]);
    if (kw?.get("file") && kw.get("file") !== rt.None) throw rt.notSupported("print(file=...)");
    const sep = optStr(rt, kw?.get("sep"), " ", "sep");
    const end = optStr(rt, kw?.get("end"), "\n", "end");
    const parts = args.map((a) => str(rt, a));
    rt.write(parts.join(sep) + end);
    return rt.None;
  });
  def("len", (_s, args, kw) => {
    noKw(rt, "len", kw);
    arity(rt, "len", args, 1, 1);
    return rt.int(BigInt(lenOf(rt, args[0]!)));
  });
  def("repr", (_s, args) => (arity(rt, "repr", args, 1, 1), rt.str(repr(rt, args[0]!))));
  def("id", (_s, args) => (arity(rt, "id", args, 1, 1), rt.int(BigInt(rt.heap.addresses.of(args[0]!)))));
  def("abs", (_s, args) => {
    arity(rt, "abs", args, 1, 1);
    const a = args[0]!;
    if (a instanceof PyInt) return rt.int(a.v < 0n ? -a.v : a.v);
    if (a instanceof PyFloat) return rt.float(Math.abs(a.v));
    return rt.raise("TypeError", `bad operand type for abs(): '${typeName(a)}'`);
  });
  def("isinstance", (_s, args) => {
    arity(rt, "isinstance", args, 2, 2);
    return rt.bool(isInst(rt, args[0]!, args[1]!));
  });
  def("issubclass", (_s, args) => {
    arity(rt, "issubclass", args, 2, 2);
    if (!(args[0] instanceof PyClass)) rt.raise("TypeError", "issubclass() arg 1 must be a class");
    const c = args[0];
    const t = args[1]!;
    return rt.bool(t instanceof PyTuple ? t.items.some((x) => x instanceof PyClass && c.isSubclassOf(x)) : t instanceof PyClass && c.isSubclassOf(t));
  });
  def("callable", (_s, args) => rt.bool(["function", "builtin", "method", "class"].includes(args[0]!.kind) || !!args[0]!.cls.lookup("__call__")));
  def("hash", (_s, args) => {
    arity(rt, "hash", args, 1, 1);
    const a = args[0]!;
    if (a instanceof PyInt || a instanceof PyFloat) return rt.int(numericHash(a.v, rt.profile.wordBits === 64 ? 61 : 31));
    const k = hashKey(rt, a);
    let h = 0;
    for (let i = 0; i < k.length; i++) h = (Math.imul(h, 31) + k.charCodeAt(i)) | 0;
    return rt.int(BigInt(h));
  });
  def("min", (_s, args, kw) => minMax(rt, "min", "<", args, kw));
  def("max", (_s, args, kw) => minMax(rt, "max", ">", args, kw));
  def("any", (_s, args) => {
    let r = false;
    forEach(rt, args[0]!, (v) => (r = rt.truthy(v)));
    return rt.bool(r);
  });
  def("all", (_s, args) => {
    let r = true;
    forEach(rt, args[0]!, (v) => !(r = rt.truthy(v)));
    return rt.bool(r);
  });
  def("sorted", (_s, args, kw) => {
    arity(rt, "sorted", args, 1, 1);
    kwOnly(rt, "sorted", kw, ["key", "reverse"]);
    const l = rt.list(collectAll(rt, args[0]!));
    try {
      sortItems(rt, l, kw);
    } catch (e) {
      rt.decref(l);
      throw e;
    }
    return l;
  });
  def("reversed", (_s, args) => (arity(rt, "reversed", args, 1, 1), reversedOf(rt, args[0]!)));
  def("enumerate", (_s, args, kw) => {
    arity(rt, "enumerate", args, 1, 2);
    let n = intArg(rt, args[1] ?? kw?.get("start") ?? rt.int(0n));
    const it = getIter(rt, args[0]!);
    return rt.heap.alloc(new PyIter(rt.types.enumerate, [it], (self) => {
      const v = iterNext(rt, self.held[0]!);
      if (!v) return null;
      return rt.tuple([rt.int(n++), v]);
    }));
  });
  def("zip", (_s, args, kw) => {
    noKw(rt, "zip", kw);
    const its: PyObject[] = [];
    try {
      for (const a of args) its.push(getIter(rt, a));
    } catch (e) {
      for (const it of its) rt.decref(it);
      throw e;
    }
    return rt.heap.alloc(new PyIter(rt.types.zip, its, (self) => {
      if (self.held.length === 0) return null;
      const got: PyObject[] = [];
      for (const it of self.held) {
        const v = iterNext(rt, it);
        if (!v) {
          for (const g of got) rt.decref(g);
          return null;
        }
        got.push(v);
      }
      return rt.tuple(got);
    }));
  });
  def("map", (_s, args) => {
    if (args.length < 2) rt.raise("TypeError", "map() must have at least two arguments.");
    const fn = rt.incref(args[0]!);
    const its = args.slice(1).map((a) => getIter(rt, a));
    return rt.heap.alloc(new PyIter(rt.types.map, [fn, ...its], (self) => {
      const vals: PyObject[] = [];
      for (const it of self.held.slice(1)) {
        const v = iterNext(rt, it);
        if (!v) {
          vals.forEach((x) => rt.decref(x));
          return null;
        }
        vals.push(v);
      }
      try {
        return callBorrowed(rt, self.held[0]!, vals, null);
      } finally {
        vals.forEach((x) => rt.decref(x));
      }
    }));
  });
  def("filter", (_s, args) => {
    arity(rt, "filter", args, 2, 2);
    const fn = rt.incref(args[0]!);
    const it = getIter(rt, args[1]!);
    return rt.heap.alloc(new PyIter(rt.types.filter, [fn, it], (self) => {
      for (let v = iterNext(rt, self.held[1]!); v; v = iterNext(rt, self.held[1]!)) {
        let keep: boolean;
        if (self.held[0] === rt.None) keep = rt.truthy(v);
        else {
          const r = callBorrowed(rt, self.held[0]!, [v], null);
          keep = rt.truthy(r);
          rt.decref(r);
        }
        if (keep) return v;
        rt.decref(v);
      }
      return null;
    }));
  });
  def("iter", (_s, args) => (arity(rt, "iter", args, 1, 1), getIter(rt, args[0]!)));
  def("next", (_s, args) => {
    arity(rt, "next", args, 1, 2);
    const it = args[0]!;
    if (!(it instanceof PyIter) && it.kind !== "generator" && !it.cls.lookup("__next__")) rt.raise("TypeError", `'${typeName(it)}' object is not an iterator`);
    const v = it instanceof PyGenerator ? genSend(rt, it, null) : iterNext(rt, it);
    if (v) return v;
    if (args[1]) {
      if (it instanceof PyGenerator && it.returnValue) rt.decref(it.returnValue);
      if (it instanceof PyGenerator) it.returnValue = null;
      return rt.incref(args[1]);
    }
    return raiseStop(rt, it instanceof PyGenerator ? it : null);
  });
  def("round", (_s, args, kw) => roundImpl(rt, args[0]!, args[1] ?? kw?.get("ndigits")));
  def("divmod", (_s, args) => {
    arity(rt, "divmod", args, 2, 2);
    const q = binaryOp(rt, "//", args[0]!, args[1]!, false);
    const m = binaryOp(rt, "%", args[0]!, args[1]!, false);
    return rt.tuple([q, m]);
  });
  def("ascii", (_s, args) => {
    arity(rt, "ascii", args, 1, 1);
    return rt.str(asciiOf(repr(rt, args[0]!)));
  });
  installNumericBuiltins(rt, def);
  def("ord", (_s, args) => {
    const a = args[0];
    if (!(a instanceof PyStr) || [...a.v].length !== 1) rt.raise("TypeError", `ord() expected a character, but string of length ${a instanceof PyStr ? a.v.length : 0} found`);
    return rt.int(BigInt(a.v.codePointAt(0)!));
  });
  def("chr", (_s, args) => {
    const c = intArg(rt, args[0]);
    if (c < 0n || c >= 0x110000n) rt.raise("ValueError", "chr() arg not in range(0x110000)");
    if (c >= 0x10000n) throw rt.notSupported("chr() of a character outside the Basic Multilingual Plane");
    return rt.str(String.fromCodePoint(Number(c)));
  });
  def("format", (_s, args) => rt.str(format(rt, args[0]!, args[1] instanceof PyStr ? args[1].v : "")));
  def("hasattr", (_s, args) => rt.bool(rt.hasAttr(args[0]!, (args[1] as PyStr).v)));
  def("getattr", (_s, args) => rt.getAttrDefault(args[0]!, (args[1] as PyStr).v, args[2]));
  def("setattr", (_s, args) => (rt.setAttrValue(args[0]!, (args[1] as PyStr).v, args[2]!), rt.None));
  for (const n of ["input", "open", "eval", "exec", "compile", "globals", "locals", "vars", "dir", "property", "staticmethod", "classmethod", "__import__", "memoryview", "bytes", "bytearray", "complex", "help", "breakpoint", "exit", "quit"]) {
    def(n, () => {
      throw rt.notSupported(`${n}()`);
    });
  }
  installConstructors(rt);
}

function optStr(rt: Runtime, o: PyObject | undefined, dflt: string, name: string): string {
  if (!o || o === rt.None) return dflt;
  if (!(o instanceof PyStr)) rt.raise("TypeError", `${name} must be None or a string, not ${typeName(o)}`);
  return o.v;
}

function isInst(rt: Runtime, o: PyObject, t: PyObject): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => isInst(rt, o, x));
  if (!(t instanceof PyClass)) rt.raise("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return o.cls.isSubclassOf(t);
}

function minMax(rt: Runtime, name: string, op: string, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  kwOnly(rt, name, kw, ["key", "default"]);
  const key = kw?.get("key");
  const items = args.length === 1 ? collectAll(rt, args[0]!) : args.map((a) => rt.incref(a));
  if (args.length === 0) rt.raise("TypeError", `${name} expected at least 1 argument, got 0`);
  try {
    if (items.length === 0) {
      const d = kw?.get("default");
      if (d) return rt.incref(d);
      rt.raise("ValueError", rt.profile.minMaxEmptyIterable ? `${name}() iterable argument is empty` : `${name}() arg is an empty sequence`);
    }
    let best = items[0]!;
    let bestKey = key && key !== rt.None ? callBorrowed(rt, key, [best], null) : rt.incref(best);
    for (const v of items.slice(1)) {
      let k: PyObject | null = null;
      let r: PyObject;
      try {
        k = key && key !== rt.None ? callBorrowed(rt, key, [v], null) : rt.incref(v);
        r = compareOp(rt, op, k, bestKey);
      } catch (e) {
        rt.decref(k);
        rt.decref(bestKey);
        throw e;
      }
      const better = rt.truthy(r);
      rt.decref(r);
      if (better) {
        rt.decref(bestKey);
        best = v;
        bestKey = k;
      } else rt.decref(k);
    }
    rt.decref(bestKey);
    return rt.incref(best);
  } finally {
    for (const x of items) rt.decref(x);
  }
}

function roundImpl(rt: Runtime, x: PyObject, nd: PyObject | undefined): PyObject {
  const digits = nd === undefined || nd === rt.None ? null : Number(intArg(rt, nd));
  if (x instanceof PyInt) {
    if (digits === null || digits >= 0) return rt.int(x.v);
    const p = 10n ** BigInt(-digits);
    const q = x.v / p;
    const r = x.v - q * p;
    const twice = 2n * (r < 0n ? -r : r);
    let n = q;
    if (twice > p || (twice === p && q % 2n !== 0n)) n += x.v < 0n ? -1n : 1n;
    return rt.int(n * p);
  }
  if (!(x instanceof PyFloat)) rt.raise("TypeError", `type ${typeName(x)} doesn't define __round__ method`);
  if (digits === null) {
    if (!Number.isFinite(x.v)) rt.raise(Number.isNaN(x.v) ? "ValueError" : "OverflowError", Number.isNaN(x.v) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
    const f = Math.floor(x.v);
    const diff = x.v - f;
    const n = diff > 0.5 || (diff === 0.5 && f % 2 !== 0) ? f + 1 : f;
    return rt.int(BigInt(n));
  }
  if (!Number.isFinite(x.v)) return rt.float(x.v);
  if (digits >= 0) return rt.float(Number(toFixedExact(x.v, Math.min(digits, 320))));
  const p = 10 ** -digits;
  return rt.float(Number(toFixedExact(x.v / p, 0)) * p);
}

export { floatRepr, eq, PyDict, PyList, PyRange, PySet };
