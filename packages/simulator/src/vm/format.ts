// The format-spec mini-language, printf-style `%` formatting and str.format.
import { type PyObject } from "../objects/base";
import { PyDict, PyTuple } from "../objects/containers";
import { floatRepr, PyFloat, PyInt, PyStr } from "../objects/scalars";
import { toFixedExact } from "../objects/numeric";
import { type Runtime } from "./runtime";
import { asciiOf, format, repr, str, typeName } from "./strconv";

const SPEC = /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/s;

function group(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function fmtFloat(x: number, type: string, prec: number | null): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
  switch (type) {
    case "f": case "F": return toFixedExact(x, prec ?? 6);
    case "e": case "E": {
      const s = x.toExponential(prec ?? 6).replace(/e([+-])(\d)$/, "e$10$2");
      return type === "E" ? s.toUpperCase() : s;
    }
    case "%": return toFixedExact(x * 100, prec ?? 6) + "%";
    case "g": case "G": {
      const p = prec === 0 ? 1 : prec ?? 6;
      const exp = x === 0 ? 0 : Math.floor(Math.log10(Math.abs(x)));
      let s: string;
      if (exp < -4 || exp >= p) s = x.toExponential(p - 1).replace(/\.?0+e/, "e").replace(/e([+-])(\d)$/, "e$10$2");
      else s = x.toFixed(Math.max(0, p - 1 - exp)).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
      return type === "G" ? s.toUpperCase() : s;
    }
    default: {
      if (prec === null) return floatRepr(x);
      const s = fmtFloat(x, "g", prec);
      return /[.e]/.test(s) || !Number.isFinite(x) ? s : s + ".0";
    }
  }
}

/** Formats a value; JS strings and bigints stand for str and int without allocating. */
export function formatSpec(rt: Runtime, v0: PyObject | string | bigint, spec: string): string {
  const v = typeof v0 === "string" ? new PyStr(v0) : typeof v0 === "bigint" ? new PyInt(v0) : v0;
  const m = SPEC.exec(spec);
  if (!m) rt.raise("ValueError", `Invalid format specifier '${spec}' for object of type '${typeName(v)}'`);
  const [, fill0, align0, sign, alt, zero, width0, sep, prec0, type0] = m;
  const prec = prec0 !== undefined ? Number(prec0) : null;
  let type = type0 ?? "";
  let body: string;
  let numeric = true;
  if (v instanceof PyStr) {
    if (type && type !== "s") rt.raise("ValueError", `Unknown format code '${type}' for object of type 'str'`);
    body = prec !== null ? v.v.slice(0, prec) : v.v;
    numeric = false;
  } else if (v instanceof PyInt && !"eEfFgG%".includes(type || "x")) {
    const n = v.v < 0n ? -v.v : v.v;
    if (type === "c") body = String.fromCodePoint(Number(v.v));
    else {
      const base = type === "b" ? 2 : type === "o" ? 8 : type === "x" || type === "X" ? 16 : 10;
      body = n.toString(base);
      if (type === "X") body = body.toUpperCase();
      if (sep) body = base === 10 ? group(body, sep) : body;
      if (alt && base !== 10) body = "0" + (type === "b" ? "b" : type === "o" ? "o" : type) + body;
      if (v.v < 0n) body = "-" + body;
    }
  } else if (v instanceof PyFloat || v instanceof PyInt) {
    const x = Number(v.v);
    if (v instanceof PyInt && type === "") type = "d";
    body = fmtFloat(Math.abs(x), type, prec);
    if (sep) body = body.replace(/^\d+/, (d) => group(d, sep));
    if (x < 0 || Object.is(x, -0)) body = "-" + body;
  } else {
    if (spec) rt.raise("TypeError", `unsupported format string passed to ${typeName(v)}.__format__`);
    return str(rt, v);
  }
  if (numeric && sign && !body.startsWith("-")) body = (sign === " " ? " " : sign === "+" ? "+" : "") + body;
  const width = width0 ? Number(width0) : 0;
  const fill = fill0 ?? (zero && !align0 ? "0" : " ");
  const align = align0 ?? (zero ? "=" : numeric ? ">" : "<");
  const pad = Math.max(0, width - [...body].length);
  if (pad === 0) return body;
  if (align === "<") return body + fill.repeat(pad);
  if (align === ">") return fill.repeat(pad) + body;
  if (align === "^") return fill.repeat(pad >> 1) + body + fill.repeat(pad - (pad >> 1));
  const signLen = /^[-+ ]/.test(body) ? 1 : 0;
  return body.slice(0, signLen) + fill.repeat(pad) + body.slice(signLen);
}

/** "fmt" % args */
export function percentFormat(rt: Runtime, fmt: string, args: PyObject): PyObject {
  const items = args instanceof PyTuple ? args.items : [args];
  let i = 0;
  const next = (): PyObject => {
    if (i >= items.length) rt.raise("TypeError", "not enough arguments for format string");
    return items[i++]!;
  };
  const out = fmt.replace(/%(\(\w+\))?([-+ 0#]*)(\d+|\*)?(?:\.(\d+))?([sdirafFeEgGxXoc%])/g, (_m, key: string | undefined, flags: string, w, p, t: string) => {
    if (t === "%") return "%";
    let v: PyObject;
    if (key) {
      if (!(args instanceof PyDict)) rt.raise("TypeError", "format requires a mapping");
      const e = args.map.get("s" + key.slice(1, -1));
      if (!e) rt.raise("KeyError", strKey(key.slice(1, -1)));
      v = e[1];
    } else v = next();
    const width = w ? `${flags.includes("-") ? "<" : flags.includes("0") ? "0" : ""}${w}` : "";
    const signFlag = flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
    const side = (flags.includes("-") ? "<" : ">") + (w ?? "");
    // A precision cuts a string (%.2s) and gives an int a minimum number of digits (%.3d).
    const cut = (x: string) => (p === undefined ? x : x.slice(0, Number(p)));
    if (t === "s") return formatSpec(rt, cut(str(rt, v)), side);
    if (t === "r") return formatSpec(rt, cut(repr(rt, v)), side);
    if (t === "a") return formatSpec(rt, cut(asciiOf(repr(rt, v))), side);
    if (!(v instanceof PyInt || v instanceof PyFloat)) rt.raise("TypeError", `%${t} format: a real number is required, not ${typeName(v)}`);
    const tt = t === "i" || t === "d" ? "d" : t;
    const num = tt === "d" && v instanceof PyFloat ? BigInt(Math.trunc(v.v)) : v;
    if (p !== undefined && "dxXo".includes(tt) && num instanceof PyInt) {
      const body = formatSpec(rt, num, `${signFlag}${tt}`);
      const sign = /^[-+ ]/.test(body) ? body[0]! : "";
      return formatSpec(rt, sign + body.slice(sign.length).padStart(Number(p), "0"), side);
    }
    return formatSpec(rt, num, `${signFlag}${width}${p !== undefined ? "." + p : ""}${tt}`);
  });
  if (i < items.length && !(args instanceof PyDict)) rt.raise("TypeError", "not all arguments converted during string formatting");
  return rt.str(out);
}

function strKey(k: string): string {
  return `'${k}'`;
}

/** str.format(*args, **kwargs) with {} / {0} / {name} / {x.attr} / {x[0]} fields, nested specs. */
export function strFormat(rt: Runtime, fmt: string, args: PyObject[], kw: Map<string, PyObject> | null): string {
  const numbering = { auto: 0, mode: "" as "" | "auto" | "manual" };
  // The field's value is looked up before its spec's nested fields: "{:{}}".format(x, width).
  const one: Field = (field, conv, spec) =>
    formatField(rt, field, conv, () => (spec === undefined ? undefined : scanFormat(rt, spec, one)), args, kw, numbering);
  return scanFormat(rt, fmt, one);
}

type Field = (field: string, conv: string | undefined, spec: string | undefined) => string;

/** Splits a format string into literal text and {field!conv:spec} replacements, as CPython parses it. */
function scanFormat(rt: Runtime, fmt: string, field: Field): string {
  let out = "";
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (ch === "}") {
      if (fmt[i + 1] !== "}") rt.raise("ValueError", "Single '}' encountered in format string");
      out += "}";
      i++;
    } else if (ch !== "{") out += ch;
    else if (fmt[i + 1] === "{") {
      out += "{";
      i++;
    } else {
      let depth = 1;
      let j = i + 1;
      for (; j < fmt.length && depth > 0; j++) depth += fmt[j] === "{" ? 1 : fmt[j] === "}" ? -1 : 0;
      if (depth > 0) rt.raise("ValueError", i + 1 === fmt.length ? "Single '{' encountered in format string" : "expected '}' before end of string");
      const body = fmt.slice(i + 1, j - 1);
      const m = /^([^!:]*)(?:!([^:]*))?(?::([\s\S]*))?$/.exec(body)!;
      if (m[2] !== undefined && !["r", "s", "a"].includes(m[2])) rt.raise("ValueError", m[2].length === 1 ? `Unknown conversion specifier ${m[2]}` : "expected ':' after conversion specifier");
      out += field(m[1]!, m[2], m[3]);
      i = j - 1;
    }
  }
  return out;
}

function formatField(
  rt: Runtime, field: string, conv: string | undefined, specOf: () => string | undefined,
  args: PyObject[], kw: Map<string, PyObject> | null, numbering: { auto: number; mode: "" | "auto" | "manual" },
): string {
  let v: PyObject | undefined;
  const head = /^[^.[]*/.exec(field)![0];
  const mode = head === "" ? "auto" : /^\d+$/.test(head) ? "manual" : "";
  if (mode && numbering.mode && mode !== numbering.mode) {
    rt.raise("ValueError", mode === "auto" ? "cannot switch from manual field specification to automatic field numbering" : "cannot switch from automatic field numbering to manual field specification");
  }
  if (mode) numbering.mode = mode;
  const auto = head === "" ? numbering.auto++ : -1;
  if (head === "") v = args[auto];
  else if (/^\d+$/.test(head)) v = args[Number(head)];
  else v = kw?.get(head);
  if (!v) {
    if (head === "" || /^\d+$/.test(head)) rt.raise("IndexError", `Replacement index ${head || auto} out of range for positional args tuple`);
    rt.raise("KeyError", `'${head}'`);
  }
  const tmp: PyObject[] = [];
  let cur: PyObject = v;
  for (const m2 of field.slice(head.length).matchAll(/\.(\w+)|\[([^\]]+)\]/g)) {
    const key = m2[2];
    const idx = key === undefined ? null : /^\d+$/.test(key) ? rt.int(BigInt(key)) : rt.str(key);
    cur = m2[1] !== undefined ? rt.getAttrDefault(cur, m2[1], undefined) : rt.subscript(cur, idx!);
    if (idx) rt.decref(idx);
    tmp.push(cur);
  }
  try {
    const spec = specOf();
    if (conv) return formatSpec(rt, conv === "r" ? repr(rt, cur) : conv === "a" ? asciiOf(repr(rt, cur)) : str(rt, cur), spec ?? "");
    return format(rt, cur, spec ?? "");
  } finally {
    tmp.forEach((t) => rt.decref(t));
  }
}
