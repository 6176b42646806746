// Python string and number literals: prefixes, escapes and numeric forms, decoded as CPython does.
import { notSupported, syntaxError, type ConstValue } from "./ast";

const SIMPLE_ESCAPES: Record<string, string> = {
  "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\n": "",
};

/** Splits `rb'...'` into its prefix (lower-cased) and the body between the quotes. */
export function splitLiteral(text: string, line: number): { prefix: string; body: string } {
  const m = /^([A-Za-z]*)('''|"""|'|")/.exec(text);
  if (!m) syntaxError("invalid syntax", line);
  const prefix = m[1]!.toLowerCase();
  const quote = m[2]!;
  if (!text.endsWith(quote) || text.length < prefix.length + 2 * quote.length) {
    syntaxError("unterminated string literal (detected at line " + line + ")", line);
  }
  return { prefix, body: text.slice(prefix.length + quote.length, text.length - quote.length) };
}

export function decodeEscapes(body: string, raw: boolean, line: number): string {
  return checkBmp(decodeEscapesRaw(body, raw, line), line);
}

/**
 * Strings are JavaScript strings (UTF-16): a character outside the Basic Multilingual Plane (an
 * emoji) would count as two, so len(), indexing and slicing would be wrong. Refuse it instead.
 */
export function checkBmp(s: string, line: number): string {
  if (/[\uD800-\uDFFF]/.test(s)) notSupported("characters outside the Basic Multilingual Plane (such as emoji)", line);
  return s;
}

function decodeEscapesRaw(body: string, raw: boolean, line: number): string {
  if (raw || !body.includes("\\")) return body;
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== "\\") {
      out += c;
      continue;
    }
    const n = body[i + 1] ?? "";
    if (n in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[n];
      i++;
    } else if (n === "x" || n === "u" || n === "U") {
      const len = n === "x" ? 2 : n === "u" ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + len);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) syntaxError("(unicode error) truncated escape", line);
      out += String.fromCodePoint(parseInt(hex, 16));
      i += 1 + len;
    } else if (/[0-7]/.test(n)) {
      const oct = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(oct, 8));
      i += oct.length;
    } else if (n === "N") {
      notSupported("\\N{...} escape", line);
    } else {
      out += "\\"; // unknown escapes stay as written (with a DeprecationWarning in CPython)
    }
  }
  return out;
}

export function parseStringLiteral(text: string, line: number): string {
  const { prefix, body } = splitLiteral(text, line);
  if (prefix.includes("b")) notSupported("bytes literal", line);
  return decodeEscapes(body, prefix.includes("r"), line);
}

export function parseNumber(text: string, line: number): ConstValue {
  const t = text.replace(/_/g, "");
  if (/[jJ]$/.test(t)) notSupported("complex number", line);
  if (/^0[xX]/.test(t)) return { t: "int", v: BigInt(t) };
  if (/^0[oO]/.test(t)) return { t: "int", v: BigInt("0o" + t.slice(2)) };
  if (/^0[bB]/.test(t)) return { t: "int", v: BigInt("0b" + t.slice(2)) };
  if (/^[0-9]+$/.test(t)) {
    if (/^0+[1-9]/.test(t)) {
      syntaxError("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line);
    }
    return { t: "int", v: BigInt(t) };
  }
  const f = Number(t);
  if (Number.isNaN(f)) syntaxError("invalid decimal literal", line);
  return { t: "float", v: f };
}
