// Creating frames, binding arguments to parameters, and ending frames (rules 4 and 5).
import { PyError } from "../memory/errors";
import { type PyObject } from "../objects/base";
import { PyCell, PyFunction } from "../objects/callables";
import { type PyDict } from "../objects/containers";
import { Frame } from "../objects/frames";
import { type Runtime } from "./runtime";
import { dictSet } from "./dicts";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(", ") + ", and " + q[q.length - 1];
}

/** Builds the callee frame. `args` and the values of `kw` are owned: the frame takes them. */
export function makeFrame(rt: Runtime, fn: PyFunction, args: PyObject[], kw: Map<string, PyObject> | null): Frame {
  const code = fn.code;
  const f = new Frame(code, fn, fn.globals);
  rt.incref(fn); // the frame holds its function (f_func) until it ends
  const name = fn.qualname;
  const np = code.argcount;
  const nk = code.kwonlycount;
  let taken = 0;
  try {
    for (; taken < args.length && taken < np; taken++) f.locals[taken] = args[taken]!;
    if (code.varargs) {
      const rest = args.slice(np);
      taken = args.length;
      f.locals[np + nk] = rt.tuple(rest);
    } else if (args.length > np) {
      const given = args.length;
      const defs = fn.defaults?.items.length ?? 0;
      const takes = defs ? `from ${np - defs} to ${np} positional arguments` : plural(np, "positional argument");
      rt.raise("TypeError", `${name}() takes ${takes} but ${given} ${given === 1 ? "was" : "were"} given`);
    }
    if (code.varkw) f.locals[np + nk + (code.varargs ? 1 : 0)] = rt.dict();
    if (kw) bindKeywords(rt, f, fn, kw);
    fillDefaults(rt, f, fn);
    makeCells(rt, f, fn);
    return f;
  } catch (e) {
    for (let i = taken; i < args.length; i++) rt.decref(args[i]);
    if (kw) for (const v of kw.values()) if (v.refcnt > 0) rt.decref(v);
    releaseFrame(rt, f);
    throw e;
  }
}

/**
 * The common call: a plain Python function given exactly its positional parameters and no
 * keywords. Does what makeFrame does in that case, but moves the arguments (and `self`, for
 * CALL_METHOD) from the value stack straight into the frame's locals, with no argument list;
 * the stack's reference to the function becomes the frame's (f_func). Null: not that case.
 */
export function enterSimple(rt: Runtime, s: PyObject[], n: number, self: PyObject | null, selfSlot: boolean): Frame | null {
  const fn = s[s.length - n - (selfSlot ? 2 : 1)];
  if (!(fn instanceof PyFunction)) return null;
  const code = fn.code;
  const k = self ? 1 : 0;
  if (code.argcount !== n + k || code.kwonlycount !== 0 || code.varargs || code.varkw || code.isGenerator) return null;
  const f = new Frame(code, fn, fn.globals);
  const locals = f.locals;
  for (let i = n - 1 + k; i >= k; i--) locals[i] = s.pop()!;
  if (selfSlot) s.pop();
  if (self) locals[0] = self;
  s.pop();
  if (code.cellvars.length || fn.closure) {
    try {
      makeCells(rt, f, fn);
    } catch (e) {
      releaseFrame(rt, f);
      throw e;
    }
  }
  return f;
}

/**
 * makeFrame for `fn(self, *args)` with borrowed arguments when enterSimple's conditions hold
 * (what calling a class does with __init__): the frame takes new references, no lists built.
 */
export function frameForSelfCall(rt: Runtime, fn: PyFunction, self: PyObject, args: PyObject[]): Frame | null {
  const code = fn.code;
  if (code.argcount !== args.length + 1 || code.kwonlycount !== 0 || code.varargs || code.varkw || code.isGenerator) return null;
  const f = new Frame(code, fn, fn.globals);
  rt.incref(fn);
  f.locals[0] = rt.incref(self);
  for (let i = 0; i < args.length; i++) f.locals[i + 1] = rt.incref(args[i]!);
  if (code.cellvars.length || fn.closure) {
    try {
      makeCells(rt, f, fn);
    } catch (e) {
      releaseFrame(rt, f);
      throw e;
    }
  }
  return f;
}

function bindKeywords(rt: Runtime, f: Frame, fn: PyFunction, kw: Map<string, PyObject>): void {
  const code = fn.code;
  const nparams = code.argcount + code.kwonlycount;
  const extra = code.varkw ? (f.locals[nparams + (code.varargs ? 1 : 0)] as PyDict) : null;
  for (const [k, v] of kw) {
    kw.delete(k);
    const i = code.varnames.indexOf(k);
    if (i >= 0 && i < nparams) {
      if (f.locals[i]) {
        rt.decref(v);
        rt.raise("TypeError", `${fn.qualname}() got multiple values for argument '${k}'`);
      }
      f.locals[i] = v;
    } else if (extra) {
      dictSet(rt, extra, rt.str(k), v);
      rt.decref(v);
    } else {
      rt.decref(v);
      rt.raise("TypeError", `${fn.qualname}() got an unexpected keyword argument '${k}'`);
    }
  }
}

function fillDefaults(rt: Runtime, f: Frame, fn: PyFunction): void {
  const code = fn.code;
  const np = code.argcount;
  const defs = fn.defaults?.items ?? NO_ITEMS;
  let missing: string[] = NO_NAMES; // allocated only on the error path: this runs on every call
  for (let i = 0; i < np; i++) {
    if (f.locals[i]) continue;
    const d = defs[i - (np - defs.length)];
    if (d) f.locals[i] = rt.incref(d);
    else (missing = missing === NO_NAMES ? [] : missing).push(code.varnames[i]!);
  }
  if (missing.length) {
    rt.raise("TypeError", `${fn.qualname}() missing ${plural(missing.length, "required positional argument")}: ${nameList(missing)}`);
  }
  for (let i = np; i < np + code.kwonlycount; i++) {
    if (f.locals[i]) continue;
    const d = fn.kwdefaults?.get(code.varnames[i]!);
    if (d) f.locals[i] = rt.incref(d);
    else (missing = missing === NO_NAMES ? [] : missing).push(code.varnames[i]!);
  }
  if (missing.length) {
    rt.raise("TypeError", `${fn.qualname}() missing ${plural(missing.length, "required keyword-only argument")}: ${nameList(missing)}`);
  }
}

const NO_ITEMS: PyObject[] = [];
const NO_NAMES: string[] = [];

export function makeCells(rt: Runtime, f: Frame, fn: PyFunction): void {
  const code = fn.code;
  for (let i = 0; i < code.cellvars.length; i++) {
    const arg = code.cellArgs[i]!;
    let v: PyObject | null = null;
    if (arg >= 0) {
      v = f.locals[arg] ?? null;
      f.locals[arg] = null; // the cell now owns the argument
    }
    f.cells.push(rt.heap.alloc(new PyCell(v)));
  }
  if (fn.closure) for (const c of fn.closure.items) f.cells.push(rt.incref(c as PyCell));
}

/** A finished frame drops its locals (profile order), then its function (rule 5). */
export function releaseFrame(rt: Runtime, f: Frame): void {
  f.done = true;
  const obj = f.obj;
  if (obj) {
    // The frame drops its own reference to its frame object; if a traceback still holds the
    // object the locals stay alive with it (rule 7), otherwise they are released with it.
    rt.decref(obj);
    return;
  }
  if (f.stack.length === 0 && f.cells.length === 0) releaseLocals(rt, f);
  else for (const o of f.takeRefs(rt.profile.frameLocalsLastToFirst)) rt.decref(o);
  const fn = f.fn;
  if (fn && !f.fnReleased) {
    f.fnReleased = true;
    rt.decref(fn);
  }
}

/**
 * Frame.takeRefs + decref for the common return (only locals held), without the array it
 * builds: this runs on every call. Same order and end state: the frame is marked released
 * first (no trace step reads its locals after that), and if a release throws (a limit), the
 * locals not yet released are dropped, as takeRefs would have cleared them all.
 */
function releaseLocals(rt: Runtime, f: Frame): void {
  f.released = true;
  const locals = f.locals;
  const n = locals.length;
  const back = rt.profile.frameLocalsLastToFirst;
  let k = 0;
  try {
    for (; k < n; k++) {
      const i = back ? n - 1 - k : k;
      const v = locals[i];
      if (!v) continue;
      locals[i] = null;
      rt.decref(v);
    }
  } finally {
    for (; k < n; k++) locals[back ? n - 1 - k : k] = null;
  }
}

export function isPyError(e: unknown): e is PyError {
  return e instanceof PyError;
}
