// Iteration: builtin iterators, generators (rule 8) and user __iter__/__next__.
import { PyError } from "../memory/errors";
import { type PyObject } from "../objects/base";
import { PyDict, PyList, PyRange, PySet, PyTuple } from "../objects/containers";
import { PyGenerator } from "../objects/frames";
import { PyIter } from "../objects/iterators";
import { PyStr } from "../objects/scalars";
import { callDunder } from "./call";
import { evalFrame } from "./eval";
import { releaseFrame } from "./frames";
import { type Runtime } from "./runtime";
import { typeName } from "./strconv";
import { handleException } from "./unwind";
import { PyDictView } from "./views";

export function seqIter(rt: Runtime, o: PyList | PyTuple, reverse = false): PyIter {
  const T = rt.types;
  const cls = reverse ? T.list_reverseiterator : o instanceof PyList ? T.list_iterator : T.tuple_iterator;
  return rt.heap.alloc(new PyIter(cls, [rt.incref(o)], (it) => {
    const items = (it.held[0] as PyList).items;
    const i = reverse ? items.length - 1 - it.pos : it.pos;
    if (i < 0 || i >= items.length) return exhaust(rt, it);
    it.pos++;
    return rt.incref(items[i]!);
  }));
}

/** Whether iter(o) would succeed (without raising and releasing an exception to find out). */
export function isIterable(o: PyObject): boolean {
  if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyRange) return true;
  if (o instanceof PyDict || o instanceof PyDictView || o instanceof PySet || o instanceof PyIter || o instanceof PyGenerator) return true;
  return !!o.cls.lookup("__iter__") || !!o.cls.lookup("__getitem__");
}

/** An exhausted builtin iterator drops its sequence at once, as CPython's do. */
function exhaust(rt: Runtime, it: PyIter): null {
  it.exhausted = true;
  const held = it.held;
  it.held = [];
  rt.heap.touch(it);
  for (const h of held) rt.decref(h);
  return null;
}

export function getIter(rt: Runtime, o: PyObject): PyObject {
  const T = rt.types;
  if (o instanceof PyList || o instanceof PyTuple) return seqIter(rt, o);
  if (o instanceof PyIter || o instanceof PyGenerator) return rt.incref(o);
  if (o instanceof PyStr) {
    return rt.heap.alloc(new PyIter(T.str_ascii_iterator, [rt.incref(o)], (it) => {
      const s = (it.held[0] as PyStr | undefined)?.v ?? "";
      if (it.pos >= s.length) return exhaust(rt, it);
      return rt.str(s[it.pos++]!);
    }));
  }
  if (o instanceof PyRange) {
    const safe = rangeInSafeInts(o);
    if (safe) {
      // Counting in doubles: every value is a safe integer, so no BigInt per step.
      let cur = Number(o.start);
      const step = Number(o.step);
      let left = safe.length;
      return rt.heap.alloc(new PyIter(T.range_iterator, [], () => {
        if (left <= 0) return null;
        const v = cur;
        cur += step;
        left--;
        return rt.intNum(v);
      }));
    }
    let cur = o.start;
    let left = o.length;
    return rt.heap.alloc(new PyIter(T.range_iterator, [], () => {
      if (left <= 0n) return null;
      const v = cur;
      cur += o.step;
      left--;
      return rt.int(v);
    }));
  }
  if (o instanceof PyDict) return dictIter(rt, o, "keys");
  if (o instanceof PyDictView) return dictIter(rt, o.dict, o.what);
  if (o instanceof PySet) {
    const snapshot = o.ordered();
    return rt.heap.alloc(new PyIter(T.set_iterator, [rt.incref(o)], (it) => {
      if (o.map.size !== snapshot.length) {
        it.exhausted = true; // sticky, as CPython's si_used = -1
        rt.raise("RuntimeError", "Set changed size during iteration");
      }
      if (it.pos >= snapshot.length) return exhaust(rt, it);
      return rt.incref(snapshot[it.pos++]!);
    }));
  }
  const r = callDunder(rt, o, "__iter__", []);
  if (r) return r;
  if (o.cls.lookup("__getitem__")) throw rt.notSupported("iteration via __getitem__");
  return rt.raise("TypeError", `'${typeName(o)}' object is not iterable`);
}

export function dictIter(rt: Runtime, d: PyDict, what: "keys" | "values" | "items"): PyIter {
  const T = rt.types;
  const cls = what === "keys" ? T.dict_keyiterator : what === "values" ? T.dict_valueiterator : T.dict_itemiterator;
  const size = d.map.size;
  let entries: [PyObject, PyObject][] | null = null;
  return rt.heap.alloc(new PyIter(cls, [rt.incref(d)], (it) => {
    if (it.exhausted) return null;
    if (d.map.size !== size) {
      it.exhausted = true;
      rt.raise("RuntimeError", "dictionary changed size during iteration");
    }
    entries ??= [...d.map.values()];
    if (it.pos >= entries.length) return exhaust(rt, it);
    const [k, v] = entries[it.pos++]!;
    if (what === "keys") return rt.incref(k);
    if (what === "values") return rt.incref(v);
    return rt.tuple([rt.incref(k), rt.incref(v)]);
  }));
}

/** Next item (owned) or null when exhausted. */
export function iterNext(rt: Runtime, it: PyObject): PyObject | null {
  rt.tick();
  if (it instanceof PyIter) return it.exhausted ? null : it.step(it);
  if (it instanceof PyGenerator) {
    const v = genSend(rt, it, null);
    if (!v && it.returnValue) {
      rt.decref(it.returnValue); // a for loop discards the generator's return value
      it.returnValue = null;
    }
    return v;
  }
  const m = it.cls.lookup("__next__");
  if (!m) rt.raise("TypeError", `'${typeName(it)}' object is not an iterator`);
  try {
    return callDunder(rt, it, "__next__", []);
  } catch (e) {
    if (e instanceof PyError && e.exc.cls === rt.excClasses.get("StopIteration")) {
      rt.decref(e.exc);
      return null;
    }
    throw e;
  }
}

/** Resumes a generator; null means it finished (its frame and locals are released). */
export function genSend(rt: Runtime, g: PyGenerator, value: PyObject | null, thrown: PyError | null = null): PyObject | null {
  const f = g.frame;
  if (!f || f.done) {
    if (thrown) throw thrown;
    return null;
  }
  if (g.running) rt.raise("ValueError", "generator already executing");
  if (f.pc > 0 && !thrown) f.stack.push(value ? rt.incref(value) : rt.None);
  rt.frames.push(f);
  g.running = true;
  rt.callEvent(f);
  let r: PyObject;
  try {
    if (thrown && !handleException(rt, f, thrown)) throw thrown;
    r = evalFrame(rt, f);
  } catch (e) {
    rt.frames.pop();
    g.running = false;
    finishGen(rt, g);
    if (e instanceof PyError && e.exc.cls === rt.excClasses.get("StopIteration")) {
      rt.decref(e.exc);
      rt.raise("RuntimeError", "generator raised StopIteration");
    }
    throw e;
  }
  rt.returnEvent(f, r);
  rt.frames.pop();
  g.running = false;
  if (f.yielded) {
    f.yielded = false;
    return r;
  }
  g.returnValue = r; // becomes StopIteration.value for next()/send()
  finishGen(rt, g);
  return null;
}

/** Raises StopIteration carrying the generator's return value (owned by the generator until now). */
export function raiseStop(rt: Runtime, g: PyGenerator | null): never {
  const v = g?.returnValue;
  if (g) g.returnValue = null;
  if (!v || v === rt.None) rt.raise("StopIteration");
  const exc = rt.newException("StopIteration");
  const old = exc.args;
  exc.args = rt.tuple([v]);
  rt.decref(old);
  throw new PyError(exc);
}

function finishGen(rt: Runtime, g: PyGenerator): void {
  const f = g.frame;
  if (!f) return;
  g.frame = null;
  rt.heap.touch(g);
  releaseFrame(rt, f);
}

/** gen.close(): throws GeneratorExit into a suspended frame so its finally blocks run. */
export function genClose(rt: Runtime, g: PyGenerator): void {
  const f = g.frame;
  if (!f || f.done) return;
  if (f.pc === 0) return finishGen(rt, g);
  const exit = new PyError(rt.newException("GeneratorExit"));
  try {
    const r = genSend(rt, g, null, exit);
    if (r) {
      rt.decref(r);
      rt.raise("RuntimeError", "generator ignored GeneratorExit");
    }
  } catch (e) {
    if (e instanceof PyError && rt.isinstance(e.exc, rt.excClasses.get("GeneratorExit")!)) {
      rt.decref(e.exc);
      return;
    }
    throw e;
  }
}

const SAFE_LIMIT = BigInt(Number.MAX_SAFE_INTEGER);

/** The range's length as a number when start, every value and stop + step are safe integers. */
function rangeInSafeInts(r: PyRange): { length: number } | null {
  const lim = SAFE_LIMIT / 2n; // leaves room for the last `cur += step`
  const ok = (v: bigint) => v <= lim && v >= -lim;
  if (!ok(r.start) || !ok(r.stop) || !ok(r.step)) return null;
  return { length: Number(r.length) };
}
