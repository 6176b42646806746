// Arithmetic, comparison and membership with Python's semantics and CPython's error messages.
import { LimitError } from "../memory/errors";
import { type PyObject } from "../objects/base";
import { PyDict, PyList, PySet, PyTuple } from "../objects/containers";
import { PyInstance } from "../objects/instance";
import { floatFloorDiv, floatMod, floorDiv, floorMod } from "../objects/numeric";
import { PyFloat, PyInt, PyStr } from "../objects/scalars";
import { callDunder } from "./call";
import { dictSet, hashKey, setAdd } from "./dicts";
import { getIter, iterNext } from "./iter";
import { type Runtime } from "./runtime";
import { percentFormat } from "./format";
import { PyDictView } from "./views";
import { typeName } from "./strconv";

const DUNDER: Record<string, string> = {
  "+": "add", "-": "sub", "*": "mul", "/": "truediv", "//": "floordiv", "%": "mod", "**": "pow",
  "<<": "lshift", ">>": "rshift", "&": "and", "|": "or", "^": "xor", "@": "matmul",
};

export function binaryOp(rt: Runtime, op: string, a: PyObject, b: PyObject, inplace: boolean): PyObject {
  if (a instanceof PyInt && b instanceof PyInt) {
    if (a.big === null && b.big === null) {
      const r = safeIntOp(rt, op, a.n, b.n);
      if (r) return r;
    }
    return intOp(rt, op, a.v, b.v);
  }
  if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
    if (op === "/" && a instanceof PyInt && b instanceof PyInt) return rt.float(intTrueDiv(rt, a.v, b.v));
    return floatOp(rt, op, toDouble(rt, a as PyInt | PyFloat), toDouble(rt, b as PyInt | PyFloat));
  }
  if (inplace && a instanceof PyList && op === "+") {
    const it = getIter(rt, b);
    for (let v = iterNext(rt, it); v; v = iterNext(rt, it)) a.items.push(v);
    rt.decref(it);
    rt.heap.touch(a);
    return rt.incref(a);
  }
  const r = seqOp(rt, op, a, b);
  if (r) return r;
  if (a instanceof PyInstance || b instanceof PyInstance) {
    const name = DUNDER[op]!;
    if (inplace) {
      const v = tryDunder(rt, a, `__i${name}__`, b);
      if (v) return v;
    }
    const v = tryDunder(rt, a, `__${name}__`, b) ?? (a.cls !== b.cls ? tryDunder(rt, b, `__r${name}__`, a) : null);
    if (v) return v;
  }
  if (op === "+" && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple)) {
    rt.raise("TypeError", `can only concatenate ${typeName(a)} (not "${typeName(b)}") to ${typeName(a)}`);
  }
  const isSeq = (o: PyObject) => o instanceof PyStr || o instanceof PyList || o instanceof PyTuple;
  if (op === "*" && (isSeq(a) || isSeq(b))) {
    rt.raise("TypeError", `can't multiply sequence by non-int of type '${typeName(isSeq(a) ? b : a)}'`);
  }
  const sym = inplace ? op + "=" : op;
  return rt.raise("TypeError", `unsupported operand type(s) for ${sym === "**" ? "** or pow()" : sym}: '${typeName(a)}' and '${typeName(b)}'`);
}

function tryDunder(rt: Runtime, self: PyObject, name: string, other: PyObject): PyObject | null {
  if (!self.cls.lookup(name)) return null;
  const r = callDunder(rt, self, name, [other]);
  if (r && r.cls.name === "NotImplementedType") return null;
  return r;
}

/**
 * intOp on two safe integers in double arithmetic, which is exact while the result stays a safe
 * integer (rounding is monotonic, so a result past 2^53 - 1 never rounds back into range).
 * Null: not this case (a result out of range, a zero divisor, another operator): intOp decides.
 */
function safeIntOp(rt: Runtime, op: string, x: number, y: number): PyObject | null {
  let r: number;
  switch (op) {
    case "+": r = x + y; break;
    case "-": r = x - y; break;
    case "*": r = x * y; break;
    case "%":
    case "//": {
      if (y === 0) return null;
      let m = x % y; // exact for integers; Python's result takes the divisor's sign
      if (m !== 0 && (m < 0) !== (y < 0)) m += y;
      if (op === "%") {
        r = m;
        break;
      }
      const t = x - m; // an exact multiple of y when it is a safe integer
      if (!Number.isSafeInteger(t)) return null;
      r = t / y;
      break;
    }
    default: return null;
  }
  return Number.isSafeInteger(r) ? rt.intNum(r) : null;
}

function intOp(rt: Runtime, op: string, x: bigint, y: bigint): PyObject {
  switch (op) {
    case "+": return rt.int(x + y);
    case "-": return rt.int(x - y);
    case "*": return rt.int(checkSize(x * y));
    case "/":
      return rt.float(intTrueDiv(rt, x, y));
    case "//":
      if (y === 0n) rt.raise("ZeroDivisionError", rt.profile.zeroDiv.intFloorDiv);
      return rt.int(floorDiv(x, y));
    case "%":
      if (y === 0n) rt.raise("ZeroDivisionError", rt.profile.zeroDiv.intMod);
      return rt.int(floorMod(x, y));
    case "**":
      if (y < 0n) {
        if (x === 0n) rt.raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
        return rt.float(Number(x) ** Number(y));
      }
      if (x !== 0n && x !== 1n && x !== -1n && y > 100000n) throw new LimitError("objects", "integer too large for the simulator");
      return rt.int(checkSize(x ** y));
    case "<<":
      if (y < 0n) rt.raise("ValueError", "negative shift count");
      if (y > 100000n) throw new LimitError("objects", "integer too large for the simulator");
      return rt.int(x << y);
    case ">>":
      if (y < 0n) rt.raise("ValueError", "negative shift count");
      return rt.int(x >> y);
    case "&": return rt.int(x & y);
    case "|": return rt.int(x | y);
    case "^": return rt.int(x ^ y);
  }
  return rt.raise("TypeError", `unsupported operand type(s) for ${op}: 'int' and 'int'`);
}

const MAX_INT = 1n << 1_000_000n; // computed once: building it per operation is itself costly
const MIN_INT = -MAX_INT;

function checkSize(v: bigint): bigint {
  if (v > MAX_INT || v < MIN_INT) throw new LimitError("objects", "integer too large for the simulator");
  return v;
}

function floatOp(rt: Runtime, op: string, x: number, y: number): PyObject {
  switch (op) {
    case "+": return rt.float(x + y);
    case "-": return rt.float(x - y);
    case "*": return rt.float(x * y);
    case "/":
      if (y === 0) rt.raise("ZeroDivisionError", rt.profile.zeroDiv.floatDiv);
      return rt.float(x / y);
    case "//":
      if (y === 0) rt.raise("ZeroDivisionError", rt.profile.zeroDiv.floatFloorDiv);
      return rt.float(floatFloorDiv(x, y));
    case "%":
      if (y === 0) rt.raise("ZeroDivisionError", rt.profile.zeroDiv.floatMod);
      return rt.float(floatMod(x, y));
    case "**": {
      if (x === 0 && y < 0) rt.raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
      const r = x ** y;
      if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw rt.notSupported("complex result of **");
      if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) rt.raise("OverflowError", "(34, 'Numerical result out of range')");
      return rt.float(r);
    }
  }
  return rt.raise("TypeError", `unsupported operand type(s) for ${op}: 'float' and 'float'`);
}

function repeatCount(rt: Runtime, n: PyInt, len: number): number {
  const limit = 1n << BigInt(rt.profile.wordBits - 1); // Py_ssize_t
  if (n.v >= limit || n.v < -limit) rt.raise("OverflowError", "cannot fit 'int' into an index-sized integer");
  const c = n.v < 0n ? 0 : Number(n.v);
  if (c * len > 10_000_000) throw new LimitError("objects", "sequence too large for the simulator");
  void rt;
  return c;
}

function seqOp(rt: Runtime, op: string, a: PyObject, b: PyObject): PyObject | null {
  if (a instanceof PyStr) {
    if (op === "+" && b instanceof PyStr) return rt.str(a.v + b.v);
    if (op === "*" && b instanceof PyInt) return b.v === 1n ? rt.incref(a) : rt.str(a.v.repeat(repeatCount(rt, b, a.v.length)));
    if (op === "%") return percentFormat(rt, a.v, b);
  }
  if (b instanceof PyStr && op === "*" && a instanceof PyInt) return rt.str(b.v.repeat(repeatCount(rt, a, b.v.length)));
  if (a instanceof PyList || a instanceof PyTuple) {
    const mk = (items: PyObject[]) => (a instanceof PyList ? rt.list(items) : rt.tuple(items));
    if (op === "+" && b.cls === a.cls) return mk([...a.items, ...(b as PyList).items].map((x) => rt.incref(x)));
    if (op === "*" && b instanceof PyInt) {
      const n = repeatCount(rt, b, a.items.length);
      const out: PyObject[] = [];
      for (let i = 0; i < n; i++) for (const x of a.items) out.push(rt.incref(x));
      return mk(out);
    }
  }
  if ((b instanceof PyList || b instanceof PyTuple) && op === "*" && a instanceof PyInt) return seqOp(rt, op, b, a);
  if (op === "*" && (a instanceof PyList || a instanceof PyTuple || a instanceof PyStr) && !(b instanceof PyInstance)) {
    rt.raise("TypeError", `can't multiply sequence by non-int of type '${typeName(b)}'`);
  }
  if (op === "*" && (b instanceof PyList || b instanceof PyTuple || b instanceof PyStr) && !(a instanceof PyInstance)) {
    rt.raise("TypeError", `can't multiply sequence by non-int of type '${typeName(a)}'`);
  }
  if (a instanceof PySet && b instanceof PySet) return setOp(rt, op, a, b);
  if ("&|-^".includes(op) && (isSetLikeView(a) || isSetLikeView(b))) return viewSetOp(rt, op, a, b);
  if (a instanceof PyDict && b instanceof PyDict && op === "|") {
    const d = rt.dict();
    for (const src of [a, b]) for (const [k, v] of src.map.values()) dictSet(rt, d, k, v);
    return d;
  }
  return null;
}

function setOp(rt: Runtime, op: string, a: PySet, b: PySet): PyObject | null {
  const r = rt.set(a.kind === "frozenset");
  const inB = (h: string) => b.map.has(h);
  if (op === "|") {
    for (const v of a.map.values()) setAdd(rt, r, v);
    for (const v of b.map.values()) setAdd(rt, r, v);
  } else if (op === "&") {
    for (const [h, v] of a.map) if (inB(h)) setAdd(rt, r, v);
  } else if (op === "-") {
    for (const [h, v] of a.map) if (!inB(h)) setAdd(rt, r, v);
  }
  else if (op === "^") {
    for (const [h, v] of a.map) if (!inB(h)) setAdd(rt, r, v);
    for (const [h, v] of b.map) if (!a.map.has(h)) setAdd(rt, r, v);
  } else {
    rt.decref(r);
    return null;
  }
  return r;
}

export function unaryOp(rt: Runtime, op: string, a: PyObject): PyObject {
  if (op === "not") return rt.bool(!rt.truthy(a));
  if (a instanceof PyInt) {
    if (op === "-") return rt.int(-a.v);
    if (op === "+") return rt.int(a.v);
    if (op === "~") return rt.int(~a.v);
  }
  if (a instanceof PyFloat) {
    if (op === "-") return rt.float(-a.v);
    if (op === "+") return rt.float(a.v);
  }
  const name = op === "-" ? "__neg__" : op === "+" ? "__pos__" : "__invert__";
  const r = callDunder(rt, a, name, []);
  if (r) return r;
  return rt.raise("TypeError", `bad operand type for unary ${op}: '${typeName(a)}'`);
}

export { compareOp, containsOp, eq } from "./compare";
export { hashKey };

/** An int as a C double, as CPython converts one for mixed arithmetic. */
function toDouble(rt: Runtime, o: PyInt | PyFloat): number {
  if (o instanceof PyFloat) return o.v;
  const d = Number(o.v);
  if (!Number.isFinite(d)) rt.raise("OverflowError", "int too large to convert to float");
  return d;
}

const EXACT = 2n ** 53n;

/** int / int, correctly rounded like CPython's long_true_divide, even past 2**53. */
function intTrueDiv(rt: Runtime, x: bigint, y: bigint): number {
  if (y === 0n) rt.raise("ZeroDivisionError", rt.profile.zeroDiv.intDiv);
  const ax = x < 0n ? -x : x;
  const ay = y < 0n ? -y : y;
  if (ax <= EXACT && ay <= EXACT) return Number(x) / Number(y); // both exact: one IEEE rounding
  // Scale so the quotient has at least 66 bits, keep a sticky bit for the remainder, round once.
  const shift = ay.toString(2).length - ax.toString(2).length + 66;
  const num = shift > 0 ? ax << BigInt(shift) : ax;
  const den = shift > 0 ? ay : ay << BigInt(-shift);
  let q = num / den;
  if (num % den !== 0n) q |= 1n;
  let r = Number(q);
  for (let s = shift; s !== 0; ) {
    const step = Math.max(-1000, Math.min(1000, s));
    r *= 2 ** -step;
    s -= step;
  }
  if (!Number.isFinite(r)) rt.raise("OverflowError", "integer division result too large for a float");
  return (x < 0n) !== (y < 0n) ? -r : r;
}

/** dict.keys() and dict.items() are set-like: `d.keys() & other` builds a set from both sides. */
function isSetLikeView(o: PyObject): boolean {
  return o instanceof PyDictView && o.what !== "values";
}

function viewSetOp(rt: Runtime, op: string, a: PyObject, b: PyObject): PyObject | null {
  const toSet = (o: PyObject): PySet => {
    const s = rt.set();
    const it = getIter(rt, o);
    for (let v = iterNext(rt, it); v; v = iterNext(rt, it)) {
      setAdd(rt, s, v);
      rt.decref(v);
    }
    rt.decref(it);
    return s;
  };
  const [x, y] = [toSet(a), toSet(b)];
  try {
    return setOp(rt, op, x, y);
  } finally {
    rt.decref(x);
    rt.decref(y);
  }
}
