// Searching methods of str (find/rfind/index/rindex/count/startswith/endswith) with CPython's
// optional start/end arguments, which behave like a slice of the string.
import { type PyObject } from "../objects/base";
import { PyTuple } from "../objects/containers";
import { PyStr } from "../objects/scalars";
import { intArg, strArg } from "./args";
import { type Runtime } from "./runtime";
import { typeName } from "./strconv";

type Def = (name: string, fn: (s: string, a: PyObject[]) => PyObject) => void;

/** start/end as CPython's ADJUST_INDICES leaves them: negatives count from the end, end <= len. */
function span(rt: Runtime, s: string, a: PyObject[]): [number, number] {
  const n = s.length;
  const opt = (o: PyObject | undefined, dflt: number) => (o === undefined || o === rt.None ? dflt : Number(intArg(rt, o)));
  let st = opt(a[1], 0);
  let en = opt(a[2], n);
  if (st < 0) st = Math.max(0, st + n);
  if (en < 0) en = Math.max(0, en + n);
  return [st, Math.min(en, n)];
}

/** Index of `sub` in s[st:en] (first or last), or -1; an empty window shorter than sub never matches. */
function search(rt: Runtime, s: string, a: PyObject[], what: string, last: boolean): number {
  const sub = strArg(rt, a[0], what);
  const [st, en] = span(rt, s, a);
  if (en - st < sub.length) return -1;
  const w = s.slice(st, en);
  const i = last ? w.lastIndexOf(sub) : w.indexOf(sub);
  return i < 0 ? -1 : i + st;
}

function tailMatch(rt: Runtime, s: string, a: PyObject[], name: string, atEnd: boolean): boolean {
  const [st, en] = span(rt, s, a);
  const one = (p: PyObject): boolean => {
    if (!(p instanceof PyStr)) rt.raise("TypeError", `tuple for ${name} must only contain str, not ${typeName(p)}`);
    if (en - st < p.v.length) return false;
    return atEnd ? s.slice(st, en).endsWith(p.v) : s.startsWith(p.v, st);
  };
  const p = a[0];
  if (p instanceof PyTuple) return p.items.some(one);
  if (!(p instanceof PyStr)) rt.raise("TypeError", `${name} first arg must be str or a tuple of str, not ${p ? typeName(p) : "NoneType"}`);
  return one(p);
}

export function installStrSearch(rt: Runtime, def: Def): void {
  def("find", (s, a) => rt.int(BigInt(search(rt, s, a, "find arg", false))));
  def("rfind", (s, a) => rt.int(BigInt(search(rt, s, a, "rfind arg", true))));
  const indexOf = (name: string, last: boolean) =>
    def(name, (s, a) => {
      const i = search(rt, s, a, `${name} arg`, last);
      if (i < 0) rt.raise("ValueError", "substring not found");
      return rt.int(BigInt(i));
    });
  indexOf("index", false);
  indexOf("rindex", true);
  def("count", (s, a) => {
    const sub = strArg(rt, a[0], "count arg");
    const [st, en] = span(rt, s, a);
    if (en - st < sub.length) return rt.int(0n);
    const w = s.slice(st, en);
    return rt.int(BigInt(sub === "" ? w.length + 1 : w.split(sub).length - 1));
  });
  def("startswith", (s, a) => rt.bool(tailMatch(rt, s, a, "startswith", false)));
  def("endswith", (s, a) => rt.bool(tailMatch(rt, s, a, "endswith", true)));
}
