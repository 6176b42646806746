// Numeric builtins: sum() (with 3.12+'s compensated float path), pow() with a modulus, and
// hex/oct/bin. Split from builtins.ts to keep each file small.
import { type NativeFn, type PyObject } from "../objects/base";
import { PyFloat, PyInt, PyStr } from "../objects/scalars";
import { arity } from "./args";
import { forEach } from "./iterate";
import { binaryOp } from "./ops";
import { type Runtime } from "./runtime";
import { typeName } from "./strconv";

export function installNumericBuiltins(rt: Runtime, def: (name: string, fn: NativeFn) => void): void {
  def("sum", (_s, args, kw) => {
    arity(rt, "sum", args, 1, 2);
    let acc: PyObject = rt.incref(args[1] ?? kw?.get("start") ?? rt.int(0n));
    if (acc instanceof PyStr) rt.raise("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
    if (!rt.profile.sumCompensated) {
      forEach(rt, args[0]!, (v) => {
        const next = binaryOp(rt, "+", acc, v, false);
        rt.decref(acc);
        acc = next;
      });
      return acc;
    }
    // CPython 3.12+'s float path: once the total is a float, floats and machine-sized ints are
    // added as C doubles with a compensation term, so the result can differ from repeated `+`.
    let fsum: CompensatedSum | null = null;
    const settle = (): void => {
      if (!fsum) return;
      rt.decref(acc);
      acc = rt.float(fsum.value());
      fsum = null;
    };
    forEach(rt, args[0]!, (v) => {
      if (acc instanceof PyFloat && (v instanceof PyFloat || (v instanceof PyInt && fitsCLong(v.v, rt.profile.wordBits)))) {
        fsum ??= new CompensatedSum(acc.v);
        fsum.add(Number(v.v));
        return;
      }
      settle();
      const next = binaryOp(rt, "+", acc, v, false);
      rt.decref(acc);
      acc = next;
    });
    settle();
    return acc;
  });
  for (const [name, base, prefix] of [["hex", 16, "0x"], ["oct", 8, "0o"], ["bin", 2, "0b"]] as const) {
    def(name, (_s, args) => {
      arity(rt, name, args, 1, 1);
      const v = args[0];
      if (!(v instanceof PyInt)) rt.raise("TypeError", `'${v ? typeName(v) : "NoneType"}' object cannot be interpreted as an integer`);
      return rt.str((v.v < 0n ? "-" : "") + prefix + (v.v < 0n ? -v.v : v.v).toString(base));
    });
  }
  def("pow", (_s, args, kw) => {
    const [b, e, m] = [args[0] ?? kw?.get("base"), args[1] ?? kw?.get("exp"), args[2] ?? kw?.get("mod")];
    if (!b || !e) rt.raise("TypeError", `pow() missing required argument '${b ? "exp" : "base"}' (pos ${b ? 2 : 1})`);
    if (!m || m === rt.None) return binaryOp(rt, "**", b, e, false);
    if (!(b instanceof PyInt && e instanceof PyInt && m instanceof PyInt)) {
      rt.raise("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
    }
    return rt.int(modPow(rt, b.v, e.v, m.v));
  });
}

/** Neumaier's improved Kahan-Babuska summation, as CPython 3.12+'s sum() does it. */
class CompensatedSum {
  private c = 0;
  constructor(private hi: number) {}
  add(x: number): void {
    const t = this.hi + x;
    this.c += Math.abs(this.hi) >= Math.abs(x) ? this.hi - t + x : x - t + this.hi;
    this.hi = t;
  }
  /** The compensation is dropped when it is not finite, so inf/overflow stay inf, not NaN. */
  value(): number {
    return this.c && Number.isFinite(this.c) ? this.hi + this.c : this.hi;
  }
}

/** Whether PyLong_AsLongAndOverflow succeeds: a C long is the word size (32 bits on wasm32). */
const fitsCLong = (v: bigint, bits: number): boolean => v >= -(1n << BigInt(bits - 1)) && v < 1n << BigInt(bits - 1);

/** pow(b, e, m) for ints, with Python's sign rules; a negative exponent inverts modulo m (3.8+). */
function modPow(rt: Runtime, b: bigint, e: bigint, m: bigint): bigint {
  if (m === 0n) rt.raise("ValueError", "pow() 3rd argument cannot be 0");
  const mod = (x: bigint) => ((x % m) + m) % m; // Python's %: the result has the sign of m
  let base = mod(b);
  if (e < 0n) {
    base = modInverse(base, m < 0n ? -m : m) ?? rt.raise("ValueError", "base is not invertible for the given modulus");
    e = -e;
  }
  let r = mod(1n);
  while (e > 0n) {
    if (e & 1n) r = mod(r * base);
    base = mod(base * base);
    e >>= 1n;
  }
  return r;
}

function modInverse(a: bigint, m: bigint): bigint | null {
  let [r0, r1, s0, s1] = [((a % m) + m) % m, m, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1, s0, s1] = [r1, r0 - q * r1, s1, s0 - q * s1];
  }
  return r0 === 1n ? ((s0 % m) + m) % m : null;
}
