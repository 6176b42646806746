// Compile-time constant folding, as CPython's AST optimizer does (rule 16): `256 + 1` and
// `"sta" + "ck"` become one constant, shared with equal constants elsewhere in the file.
import { type ConstValue } from "../parse/ast";
import { floorDiv, floorMod } from "../objects/numeric";

const MAX_STR = 4096;
const MAX_INT_BITS = 128;

function num(c: ConstValue): bigint | number | null {
  if (c.t === "int") return c.v;
  if (c.t === "bool") return c.v ? 1n : 0n;
  if (c.t === "float") return c.v;
  return null;
}

export function foldBinary(op: string, a: ConstValue, b: ConstValue): ConstValue | null {
  if (a.t === "str" && b.t === "str" && op === "+") {
    return a.v.length + b.v.length <= MAX_STR ? { t: "str", v: a.v + b.v } : null;
  }
  if (a.t === "str" && (b.t === "int") && op === "*") {
    return b.v >= 0n && a.v.length * Number(b.v) <= MAX_STR ? { t: "str", v: a.v.repeat(Number(b.v)) } : null;
  }
  if (a.t === "tuple" || b.t === "tuple") return null;
  const x = num(a);
  const y = num(b);
  if (x === null || y === null) return null;
  if (typeof x === "bigint" && typeof y === "bigint") return foldInt(op, x, y);
  const fx = Number(x);
  const fy = Number(y);
  switch (op) {
    case "+": return { t: "float", v: fx + fy };
    case "-": return { t: "float", v: fx - fy };
    case "*": return { t: "float", v: fx * fy };
    case "/": return fy === 0 ? null : { t: "float", v: fx / fy };
    default: return null;
  }
}

function foldInt(op: string, x: bigint, y: bigint): ConstValue | null {
  let r: bigint | number;
  switch (op) {
    case "+": r = x + y; break;
    case "-": r = x - y; break;
    case "*": r = x * y; break;
    case "//": if (y === 0n) return null; r = floorDiv(x, y); break;
    case "%": if (y === 0n) return null; r = floorMod(x, y); break;
    case "**":
      if (y < 0n || y > 128n) return null;
      r = x ** y;
      break;
    case "/": if (y === 0n) return null; return { t: "float", v: Number(x) / Number(y) };
    case "<<": if (y < 0n || y > 64n) return null; r = x << y; break;
    case ">>": if (y < 0n) return null; r = x >> y; break;
    case "&": r = x & y; break;
    case "|": r = x | y; break;
    case "^": r = x ^ y; break;
    default: return null;
  }
  const bits = r < 0n ? (-r).toString(2).length : r.toString(2).length;
  return bits <= MAX_INT_BITS ? { t: "int", v: r } : null;
}

export function foldUnary(op: string, a: ConstValue): ConstValue | null {
  if (op === "-" && a.t === "int") return { t: "int", v: -a.v };
  if (op === "-" && a.t === "float") return { t: "float", v: -a.v };
  if (op === "+" && (a.t === "int" || a.t === "float")) return a;
  if (op === "~" && a.t === "int") return { t: "int", v: ~a.v };
  return null;
}
