// Immutable scalar objects: int (arbitrary precision), bool, float, str, None.
import { PyObject, type PyClass } from "./base";
import { T } from "./types";

/**
 * An int keeps a safe integer (|v| < 2^53, nearly every int a program makes) as a JS number, so
 * the hot arithmetic and comparisons (vm/ops.ts, vm/compare.ts) allocate no BigInt; larger values
 * keep their exact BigInt. `v` gives the exact value as a bigint either way.
 */
export class PyInt extends PyObject {
  readonly kind: "int" | "bool" = "int";
  /** The value when `big` is null. */
  declare n: number;
  /** The value when it is not a safe integer; null otherwise (so a value has one representation). */
  declare big: bigint | null;
  constructor(v: bigint | number) {
    super();
    if (typeof v === "number") {
      this.n = v === 0 ? 0 : v; // never -0
      this.big = null;
    } else if (v >= MIN_SAFE && v <= MAX_SAFE) {
      this.n = Number(v);
      this.big = null;
    } else {
      this.n = 0;
      this.big = v;
    }
  }
  get v(): bigint {
    return this.big ?? BigInt(this.n);
  }
  /** Number(v), without building the bigint. */
  get num(): number {
    return this.big === null ? this.n : Number(this.big);
  }
  get cls(): PyClass {
    return T().int;
  }
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

export class PyBool extends PyInt {
  override readonly kind = "bool";
  override get cls(): PyClass {
    return T().bool;
  }
}

export class PyFloat extends PyObject {
  readonly kind = "float";
  constructor(public v: number) {
    super();
  }
  get cls(): PyClass {
    return T().float;
  }
}

export class PyStr extends PyObject {
  readonly kind = "str";
  constructor(public v: string) {
    super();
  }
  get cls(): PyClass {
    return T().str;
  }
}

export class PyNone extends PyObject {
  readonly kind = "none";
  get cls(): PyClass {
    return T().NoneType;
  }
}

/** Python's float repr: shortest round-tripping digits, with CPython's exponent thresholds. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const exp = x.toExponential(); // shortest digits, e.g. "1.2345e+21"
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(exp)!;
  const sign = m[1]!;
  const digits = m[2]! + (m[3] ?? "");
  const e = parseInt(m[4]!, 10);
  if (e < -4 || e >= 16) {
    const mant = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    const es = e < 0 ? "-" + String(-e).padStart(2, "0") : "+" + String(e).padStart(2, "0");
    return sign + mant + "e" + es;
  }
  if (e < 0) return sign + "0." + "0".repeat(-e - 1) + digits;
  if (digits.length <= e + 1) return sign + digits + "0".repeat(e + 1 - digits.length) + ".0";
  return sign + digits.slice(0, e + 1) + "." + digits.slice(e + 1);
}

/** Python's str repr: prefers single quotes, escapes as CPython does. */
export function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c >= 0x80 && c < 0xa0) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + q;
}
