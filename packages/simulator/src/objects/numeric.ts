// Integer and float arithmetic with Python's semantics (floor division and modulo of negatives).

export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

export function floorMod(a: bigint, b: bigint): bigint {
  const m = a % b;
  return m !== 0n && (m < 0n) !== (b < 0n) ? m + b : m;
}

export function floatFloorDiv(a: number, b: number): number {
  return Math.floor(a / b) === a / b ? a / b : Math.floor(a / b);
}

export function floatMod(a: number, b: number): number {
  const m = a % b;
  if (m === 0) return b < 0 ? -0 : 0;
  return (m < 0) !== (b < 0) ? m + b : m;
}

/** The exact value of a finite double as n / 2^k (k >= 0). */
function exact(x: number): [bigint, bigint] {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const expBits = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e = expBits - 1075;
  if (expBits === 0) e = -1074;
  else mant |= 1n << 52n;
  if (x < 0) mant = -mant;
  if (e >= 0) return [mant << BigInt(e), 0n];
  return [mant, BigInt(-e)];
}

/** x with `digits` decimals, correctly rounded half-to-even on the exact binary value (as CPython). */
export function toFixedExact(x: number, digits: number): string {
  if (!Number.isFinite(x)) return x > 0 ? "inf" : x < 0 ? "-inf" : "nan";
  const [n, k] = exact(x);
  const neg = n < 0n || Object.is(x, -0);
  const a = n < 0n ? -n : n;
  const scaled = a * 10n ** BigInt(digits);
  const den = 1n << k;
  let q = scaled / den;
  const r = scaled - q * den;
  if (2n * r > den || (2n * r === den && q % 2n === 1n)) q += 1n;
  let s = q.toString().padStart(digits + 1, "0");
  if (digits > 0) s = s.slice(0, -digits) + "." + s.slice(-digits);
  return (neg ? "-" : "") + s;
}

/**
 * CPython's numeric hash: equal numbers hash equal across int, float and bool. The modulus is
 * the Mersenne prime 2**61 - 1 on a 64-bit build and 2**31 - 1 on a 32-bit one (Pyodide).
 */
export function numericHash(v: bigint | number, bits: 61 | 31 = 61): bigint {
  const P = (1n << BigInt(bits)) - 1n;
  let h: bigint;
  if (typeof v === "bigint") {
    h = (v < 0n ? -v : v) % P;
    if (v < 0n) h = -h;
  } else {
    if (Number.isNaN(v)) return 0n;
    if (!Number.isFinite(v)) return v > 0 ? 314159n : -314159n;
    const [n, k] = exact(v);
    const a = n < 0n ? -n : n;
    const inv = 1n << BigInt((bits - Number(k % BigInt(bits))) % bits); // 2^-k mod P, since 2^bits = 1 (mod P)
    h = ((a % P) * inv) % P;
    if (n < 0n) h = -h;
  }
  return h === -1n ? -2n : h;
}
