// The evaluator's shortcut for arithmetic and comparison on two safe ints (objects/scalars.ts):
// most BINARY_OP/COMPARE_OP instructions in loops and recursions. Same results as binaryOp and
// compareOp; they answer null for everything else, which then goes the general way.
import { type PyObject } from "../objects/base";
import { PyInt } from "../objects/scalars";
import { type Runtime } from "./runtime";

/** arg indexes BINOPS: + - * only (the others need floor/zero-division rules: ops.ts). */
export function intArith(rt: Runtime, arg: number, a: PyObject, b: PyObject): PyObject | null {
  if (arg > 2 || !(a instanceof PyInt) || !(b instanceof PyInt) || a.big !== null || b.big !== null) return null;
  const r = arg === 0 ? a.n + b.n : arg === 1 ? a.n - b.n : a.n * b.n;
  // Exact while the result is a safe integer; past 2^53 - 1, ops.ts redoes it in BigInt.
  return Number.isSafeInteger(r) ? rt.intNum(r) : null;
}

/** arg indexes CMPOPS: < <= == != > >=. */
export function intCompare(rt: Runtime, arg: number, a: PyObject, b: PyObject): PyObject | null {
  if (!(a instanceof PyInt) || !(b instanceof PyInt) || a.big !== null || b.big !== null) return null;
  const x = a.n;
  const y = b.n;
  switch (arg) {
    case 0: return rt.bool(x < y);
    case 1: return rt.bool(x <= y);
    case 2: return rt.bool(x === y);
    case 3: return rt.bool(x !== y);
    case 4: return rt.bool(x > y);
    case 5: return rt.bool(x >= y);
  }
  return null;
}
