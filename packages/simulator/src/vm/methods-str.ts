// Methods of str.
import { type PyObject } from "../objects/base";
import { PyStr } from "../objects/scalars";
import { arity, intArg, strArg } from "./args";
import { strFormat } from "./format";
import { installStrSearch } from "./methods-str-search";
import { collectAll } from "./iterate";
import { isIterable } from "./iter";
import { type Runtime } from "./runtime";
import { typeName } from "./strconv";

type M = (self: PyObject, args: PyObject[], kw: Map<string, PyObject> | null) => PyObject;
const WS = /^[\s]+|[\s]+$/g;

function stripChars(s: string, chars: string | null, left: boolean, right: boolean): string {
  if (chars === null) {
    if (left) s = s.replace(/^\s+/, "");
    if (right) s = s.replace(/\s+$/, "");
    return s;
  }
  let a = 0;
  let b = s.length;
  while (left && a < b && chars.includes(s[a]!)) a++;
  while (right && b > a && chars.includes(s[b - 1]!)) b--;
  return s.slice(a, b);
}

export function installStrMethods(rt: Runtime): void {
  const S = rt.types.str.native;
  const def = (name: string, fn: (s: string, a: PyObject[], kw: Map<string, PyObject> | null) => PyObject) =>
    S.set(name, ((self: PyObject, a: PyObject[], kw: Map<string, PyObject> | null) => fn((self as PyStr).v, a, kw)) as M);
  const optChars = (o: PyObject | undefined) => (o === undefined || o === rt.None ? null : strArg(rt, o, "strip arg"));
  def("join", (s, a) => {
    arity(rt, "str.join", a, 1, 1);
    if (!isIterable(a[0]!)) rt.raise("TypeError", "can only join an iterable");
    const items = collectAll(rt, a[0]!);
    try {
      const parts = items.map((x, i) => {
        if (!(x instanceof PyStr)) rt.raise("TypeError", `sequence item ${i}: expected str instance, ${typeName(x)} found`);
        return x.v;
      });
      return rt.str(parts.join(s));
    } finally {
      items.forEach((x) => rt.decref(x));
    }
  });
  def("split", (s, a, kw) => {
    const sepO = a[0] ?? kw?.get("sep");
    const max = a[1] ?? kw?.get("maxsplit");
    const limit = max ? Number(intArg(rt, max)) : -1;
    let parts: string[];
    if (!sepO || sepO === rt.None) {
      parts = s.trim() === "" ? [] : s.trim().split(/\s+/);
      // With exactly limit+1 words the last one still keeps its trailing whitespace.
      if (limit >= 0 && parts.length > limit) {
        const rest = s.replace(/^\s+/, "");
        parts = [];
        let r = rest;
        for (let i = 0; i < limit; i++) {
          const m = /\s+/.exec(r);
          if (!m) break;
          parts.push(r.slice(0, m.index));
          r = r.slice(m.index + m[0].length);
        }
        parts.push(r);
      }
    } else {
      const sep = strArg(rt, sepO, "must be str or None");
      if (sep === "") rt.raise("ValueError", "empty separator");
      parts = s.split(sep);
      if (limit >= 0 && parts.length > limit + 1) parts = [...parts.slice(0, limit), parts.slice(limit).join(sep)];
    }
    return rt.list(parts.map((p) => rt.str(p)));
  });
  def("rsplit", (s, a, kw) => {
    const sepO = a[0] ?? kw?.get("sep");
    const max = a[1] ?? kw?.get("maxsplit");
    const limit = max ? Number(intArg(rt, max)) : -1;
    if (!sepO || sepO === rt.None) {
      let parts = s.trim() === "" ? [] : s.trim().split(/\s+/);
      if (limit >= 0 && parts.length > limit) {
        const keep = parts.slice(parts.length - limit);
        let rest = s.replace(/\s+$/, "");
        for (let i = 0; i < keep.length; i++) rest = rest.replace(/\s*\S+$/, "");
        parts = [rest, ...keep];
      }
      return rt.list(parts.map((p) => rt.str(p)));
    }
    const sep = strArg(rt, sepO, "must be str or None");
    if (sep === "") rt.raise("ValueError", "empty separator");
    let parts = s.split(sep);
    if (limit >= 0 && parts.length > limit + 1) parts = [parts.slice(0, parts.length - limit).join(sep), ...parts.slice(parts.length - limit)];
    return rt.list(parts.map((p) => rt.str(p)));
  });
  def("strip", (s, a) => rt.str(stripChars(s, optChars(a[0]), true, true)));
  def("lstrip", (s, a) => rt.str(stripChars(s, optChars(a[0]), true, false)));
  def("rstrip", (s, a) => rt.str(stripChars(s, optChars(a[0]), false, true)));
  def("upper", (s) => rt.str(s.toUpperCase()));
  def("lower", (s) => rt.str(s.toLowerCase()));
  def("title", (s) => rt.str(s.toLowerCase().replace(/(^|[^a-zA-Z])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase())));
  def("capitalize", (s) => rt.str(s.charAt(0).toUpperCase() + s.slice(1).toLowerCase()));
  def("swapcase", (s) => rt.str([...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join("")));
  def("replace", (s, a) => {
    arity(rt, "replace", a, 2, 3);
    const old = strArg(rt, a[0], "replace() argument 1");
    const nw = strArg(rt, a[1], "replace() argument 2");
    let count = a[2] ? Number(intArg(rt, a[2])) : -1;
    if (old === "") {
      // An empty pattern matches before every character and at the end (count of them at most).
      const slots = count < 0 ? s.length + 1 : Math.min(count, s.length + 1);
      return rt.str(Array.from({ length: slots }, (_, i) => nw + (s[i] ?? "")).join("") + s.slice(slots));
    }
    if (count < 0) return rt.str(s.split(old).join(nw));
    let out = "";
    let rest = s;
    while (count-- > 0) {
      const i = rest.indexOf(old);
      if (i < 0) break;
      out += rest.slice(0, i) + nw;
      rest = rest.slice(i + old.length);
    }
    return rt.str(out + rest);
  });
  installStrSearch(rt, def);
  def("format", (s, a, kw) => rt.str(strFormat(rt, s, a, kw)));
  const test = (name: string, re: RegExp) => def(name, (s) => rt.bool(s.length > 0 && re.test(s)));
  test("isdigit", /^[0-9]+$/);
  test("isnumeric", /^[0-9]+$/);
  test("isdecimal", /^[0-9]+$/);
  test("isalpha", /^\p{L}+$/u);
  test("isalnum", /^[\p{L}0-9]+$/u);
  test("isspace", /^\s+$/);
  def("isupper", (s) => rt.bool(/\p{Lu}/u.test(s) && s === s.toUpperCase()));
  def("islower", (s) => rt.bool(/\p{Ll}/u.test(s) && s === s.toLowerCase()));
  const pad = (name: string, f: (s: string, w: number, c: string) => string) =>
    def(name, (s, a) => {
      const w = Number(intArg(rt, a[0]));
      const c = a[1] ? strArg(rt, a[1], `${name}() argument 2`) : " ";
      return rt.str(s.length >= w ? s : f(s, w, c));
    });
  pad("ljust", (s, w, c) => s + c.repeat(w - s.length));
  pad("rjust", (s, w, c) => c.repeat(w - s.length) + s);
  pad("center", (s, w, c) => {
    const total = w - s.length;
    const left = Math.floor(total / 2) + (total & w & 1); // unicode_center: odd margin and width
    return c.repeat(left) + s + c.repeat(total - left);
  });
  def("zfill", (s, a) => {
    const w = Number(intArg(rt, a[0]));
    if (s.length >= w) return rt.str(s);
    const sign = /^[+-]/.test(s) ? s[0]! : "";
    return rt.str(sign + "0".repeat(w - s.length) + s.slice(sign.length));
  });
  def("splitlines", (s, a, kw) => {
    const keep = a[0] ?? kw?.get("keepends");
    const lines = s.match(/[^\r\n]*(\r\n|\n|\r)|[^\r\n]+$/g) ?? [];
    return rt.list(lines.map((l) => rt.str(keep && rt.truthy(keep) ? l : l.replace(/(\r\n|\n|\r)$/, ""))));
  });
  def("partition", (s, a) => {
    const sep = strArg(rt, a[0], "partition arg");
    if (sep === "") rt.raise("ValueError", "empty separator");
    const i = s.indexOf(sep);
    if (i < 0) return rt.tuple([rt.str(s), rt.str(""), rt.str("")]);
    return rt.tuple([rt.str(s.slice(0, i)), rt.str(sep), rt.str(s.slice(i + sep.length))]);
  });
  def("casefold", (s) => rt.str(s.toLowerCase().replace(/ß/g, "ss")));
  def("removeprefix", (s, a) => {
    const p = strArg(rt, a[0], "removeprefix() argument");
    return rt.str(p && s.startsWith(p) ? s.slice(p.length) : s);
  });
  def("removesuffix", (s, a) => {
    const p = strArg(rt, a[0], "removesuffix() argument");
    return rt.str(p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
  });
  def("isascii", (s) => rt.bool([...s].every((c) => c.charCodeAt(0) < 128)));
  def("isidentifier", (s) => rt.bool(/^[\p{L}_][\p{L}\p{N}_]*$/u.test(s)));
  // Title case: every cased run starts upper-case after an uncased character, and there is one.
  def("istitle", (s) => rt.bool(/\p{Lu}/u.test(s) && !/[^\p{L}]\p{Ll}|^\p{Ll}|\p{L}\p{Lu}/u.test(s)));
  def("expandtabs", (s, a) => {
    const size = a[0] ? Number(intArg(rt, a[0])) : 8;
    let out = "";
    let col = 0;
    for (const ch of s) {
      if (ch === "\t") {
        const pad = size > 0 ? size - (col % size) : 0;
        out += " ".repeat(pad);
        col += pad;
      } else {
        out += ch;
        col = ch === "\n" || ch === "\r" ? 0 : col + 1;
      }
    }
    return rt.str(out);
  });
  def("rpartition", (s, a) => {
    const sep = strArg(rt, a[0], "rpartition arg");
    if (sep === "") rt.raise("ValueError", "empty separator");
    const i = s.lastIndexOf(sep);
    if (i < 0) return rt.tuple([rt.str(""), rt.str(""), rt.str(s)]);
    return rt.tuple([rt.str(s.slice(0, i)), rt.str(sep), rt.str(s.slice(i + sep.length))]);
  });
  void WS;
}
