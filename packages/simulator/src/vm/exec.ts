// One instruction. Stack discipline: pushes are owned references, pops transfer ownership.
import { BINOPS, CMPOPS, MF_CLOSURE, MF_DEFAULTS, MF_KWDEFAULTS, Op, SET_OF_CONSTANTS, UNARYOPS } from "../compile/ops";
import { constantSetPlan } from "../objects/setorder";
import { PyError } from "../memory/errors";
import { type PyObject } from "../objects/base";
import { PyFunction, PyMethod } from "../objects/callables";
import { enterSimple, makeFrame } from "./frames";
import { PyDict, type PyList, PySlice, type PyTuple } from "../objects/containers";
import { type Frame } from "../objects/frames";
import { type PyException } from "../objects/instance";
import { type PyStr } from "../objects/scalars";
import { delAttr, getAttr, loadMethod, setAttr } from "./attrs";
import { buildClass } from "./classes";
import { callOwned, callValue, kwMap } from "./call";
import { checkDuplicateKeywords } from "./args";
import { dictSet, setAdd } from "./dicts";
import { getIter, iterNext } from "./iter";
import { binaryOp, compareOp, containsOp, unaryOp } from "./ops";
import { delSubscript, getSubscript, setSubscript } from "./subscript";
import { formatValue, str } from "./strconv";
import { type Runtime } from "./runtime";
import { unpackEx, unpackSequence } from "./unpack";
import { restoreLocal, saveLocal, swap } from "./inlined";
import { globalsDel, globalsGet, globalsSet, makeException, importModule, loadSuper } from "./names";

// Opcodes tested inside the hot cases, read once: under per-file transpilers (tsx) `Op.X` is a
// lookup in the enum object, which V8 keeps in slow dictionary mode (see eval.ts).
const CALL_KW = Op.CALL_KW;
const CONTAINS_OP = Op.CONTAINS_OP;
const INPLACE_OP = Op.INPLACE_OP;
const JUMP_IF_TRUE_OR_POP = Op.JUMP_IF_TRUE_OR_POP;
const POP_JUMP_IF_TRUE = Op.POP_JUMP_IF_TRUE;
const STORE_NAME = Op.STORE_NAME;

/** Executes one instruction; returns a callee frame when a Python function is to be entered. */
export function execOp(rt: Runtime, f: Frame, op: Op, arg: number): Frame | void {
  const s = f.stack;
  switch (op) {
    // Hot opcodes first: where the case labels are not inlined constants (tsx, per-file
    // transpilers), V8 compiles this switch to a chain of comparisons in source order.
    // LOAD_CONST, STORE_FAST, JUMP and IS_OP never get here: the evaluator loop does them
    // (eval.ts), as it does the common path of LOAD_FAST, POP_JUMP_IF_* and LOAD_ATTR.
    case Op.BINARY_OP: case Op.INPLACE_OP: {
      const b = s.pop()!;
      const a = s.pop()!;
      try {
        s.push(binaryOp(rt, BINOPS[arg]!, a, b, op === INPLACE_OP));
      } catch (e) {
        releasePair(rt, a, b, rt.profile.failedOperandsRightFirst);
        throw e;
      }
      rt.decref(a);
      rt.decref(b);
      return;
    }
    case Op.COMPARE_OP: case Op.CONTAINS_OP: { // IS_OP: done in the evaluator loop (eval.ts)
      const b = s.pop()!;
      const a = s.pop()!;
      try {
        if (op === CONTAINS_OP) s.push(rt.bool(containsOp(rt, b, a) !== (arg === 1)));
        else s.push(compareOp(rt, CMPOPS[arg]!, a, b));
      } finally {
        releasePair(rt, a, b, rt.profile.inputsReleasedTopFirst);
      }
      return;
    }
    case Op.LOAD_GLOBAL: return void s.push(globalsGet(rt, f, f.code.names[arg]!, false));
    case Op.LOAD_NAME: return void s.push(globalsGet(rt, f, f.code.names[arg]!, true));
    case Op.STORE_GLOBAL: case Op.STORE_NAME: return globalsSet(rt, f, f.code.names[arg]!, s.pop()!, op === STORE_NAME);
    case Op.CALL: case Op.CALL_KW: {
      // A CALL the evaluator loop could enter directly (eval.ts: enterSimple, enterInit) never gets here.
      const kwNames = op === CALL_KW ? (s.pop() as PyTuple) : null;
      const args = popN(s, arg, null);
      const fn = s.pop()!;
      return callOrEnter(rt, s, fn, args, kwNames);
    }
    case Op.CALL_METHOD: {
      const kwNames = arg >> 16 ? (s.pop() as PyTuple) : null;
      const n = arg & 0xffff;
      const self = s[s.length - n - 1]!;
      if (!kwNames) {
        const nf = enterSimple(rt, s, n, self !== NULL_SELF ? self : null, true);
        if (nf) return nf;
      }
      const args = popN(s, n, self !== NULL_SELF ? self : null);
      s.pop(); // self: moved into args, or the NULL_SELF marker
      const fn = s.pop()!;
      return callOrEnter(rt, s, fn, args, kwNames);
    }
    case Op.LOAD_METHOD: return loadMethod(rt, s, f.code.names[arg]!);
    case Op.STORE_ATTR: {
      const o = s.pop()!;
      const v = s.pop()!;
      try {
        setAttr(rt, o, f.code.names[arg]!, v);
      } finally {
        rt.decref(v);
        rt.decref(o);
      }
      return;
    }
    case Op.FOR_ITER: {
      const v = iterNext(rt, s[s.length - 1]!);
      if (v) return void s.push(v);
      rt.decref(s.pop()); // the exhausted iterator (and a temporary iterable) dies here (rule 11)
      f.pc = arg;
      return;
    }
    case Op.POP_TOP: return rt.decref(s.pop());
    case Op.BINARY_SUBSCR: {
      const i = s.pop()!;
      const o = s.pop()!;
      try {
        s.push(getSubscript(rt, o, i));
      } catch (e) {
        releasePair(rt, o, i, rt.profile.failedOperandsRightFirst);
        throw e;
      }
      rt.decref(o); // the container first, then the index, as BINARY_SUBSCR does
      rt.decref(i);
      return;
    }
    case Op.LOAD_ATTR: {
      const o = s.pop()!;
      try {
        s.push(getAttr(rt, o, f.code.names[arg]!));
      } finally {
        rt.decref(o);
      }
      return;
    }
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: {
      const v = s.pop()!;
      let t: boolean;
      try {
        t = rt.truthy(v);
      } finally {
        rt.decref(v);
      }
      if (t === (op === POP_JUMP_IF_TRUE)) jumpTo(f, arg);
      return;
    }
    case Op.STORE_SUBSCR: {
      const i = s.pop()!;
      const o = s.pop()!;
      const v = s.pop()!;
      try {
        setSubscript(rt, o, i, v);
      } finally {
        const topFirst = rt.profile.inputsReleasedTopFirst;
        rt.decref(topFirst ? i : v);
        rt.decref(o);
        rt.decref(topFirst ? v : i);
      }
      return;
    }
    case Op.BUILD_LIST: return void s.push(rt.list(popN(s, arg, null)));
    case Op.BUILD_TUPLE: return void s.push(rt.tuple(popN(s, arg, null)));
    case Op.GET_ITER: {
      const o = s.pop()!;
      try {
        s.push(getIter(rt, o));
      } finally {
        rt.decref(o);
      }
      return;
    }
    case Op.LOAD_FAST: {
      const v = f.locals[arg];
      if (!v) {
        const n = f.code.varnames[arg]!;
        rt.raise("UnboundLocalError", `cannot access local variable '${n}' where it is not associated with a value`);
      }
      return void s.push(rt.incref(v));
    }
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: {
      const v = s[s.length - 1]!;
      if (rt.truthy(v) === (op === JUMP_IF_TRUE_OR_POP)) jumpTo(f, arg);
      else rt.decref(s.pop());
      return;
    }
    default: return execRare(rt, f, op, arg);
  }
}

/** The less frequent instructions: kept out of execOp so that the hot function stays small. */
function execRare(rt: Runtime, f: Frame, op: Op, arg: number): Frame | void {
  const s = f.stack;
  switch (op) {
    case Op.NOP: return;
    case Op.DUP_TOP: return void s.push(rt.incref(s[s.length - 1]!));
    case Op.DUP_TOP_TWO: {
      const a = s[s.length - 2]!;
      const b = s[s.length - 1]!;
      s.push(rt.incref(a), rt.incref(b));
      return;
    }
    case Op.SWAP: return swap(s, arg);
    case Op.SAVE_LOCAL: return saveLocal(rt, f, arg);
    case Op.RESTORE_LOCAL: return restoreLocal(rt, f, arg);
    case Op.ROT_TWO: {
      const a = s.pop()!;
      s.splice(s.length - 1, 0, a);
      return;
    }
    case Op.ROT_THREE: {
      const a = s.pop()!;
      s.splice(s.length - 2, 0, a);
      return;
    }
    case Op.POP_UNDER: {
      const [x] = s.splice(s.length - 2, 1);
      return rt.decref(x);
    }
    case Op.DELETE_FAST: {
      const old = f.locals[arg];
      if (!old) rt.raise("UnboundLocalError", `cannot access local variable '${f.code.varnames[arg]}' where it is not associated with a value`);
      f.locals[arg] = null;
      return rt.decref(old);
    }
    case Op.LOAD_DEREF: {
      const v = f.cells[arg]!.value;
      if (!v) {
        const n = derefName(f, arg);
        if (arg < f.code.cellvars.length) rt.raise("UnboundLocalError", `cannot access local variable '${n}' where it is not associated with a value`);
        rt.raise("NameError", `cannot access free variable '${n}' where it is not associated with a value in enclosing scope`);
      }
      return void s.push(rt.incref(v));
    }
    case Op.STORE_DEREF: case Op.DELETE_DEREF: {
      const cell = f.cells[arg]!;
      const old = cell.value;
      if (op === Op.DELETE_DEREF && !old) rt.raise("NameError", `cannot access free variable '${derefName(f, arg)}' where it is not associated with a value in enclosing scope`);
      cell.value = op === Op.STORE_DEREF ? s.pop()! : null;
      rt.heap.touch(cell);
      return rt.decref(old);
    }
    case Op.LOAD_CLOSURE: return void s.push(rt.incref(f.cells[arg]!));
    case Op.DELETE_GLOBAL: case Op.DELETE_NAME: return globalsDel(rt, f, f.code.names[arg]!, op === Op.DELETE_NAME);
    case Op.DELETE_ATTR: {
      const o = s.pop()!;
      try {
        delAttr(rt, o, f.code.names[arg]!);
      } finally {
        rt.decref(o);
      }
      return;
    }
    case Op.CALL_EX: {
      const kw = arg ? (s.pop() as PyDict) : null;
      const args = s.pop() as PyTuple;
      const fn = s.pop()!;
      try {
        s.push(callValue(rt, fn, args.items, kw));
      } finally {
        rt.decref(kw);
        rt.decref(args);
        rt.decref(fn);
      }
      return;
    }
    case Op.DELETE_SUBSCR: {
      const i = s.pop()!;
      const o = s.pop()!;
      try {
        delSubscript(rt, o, i);
      } finally {
        rt.decref(i);
        rt.decref(o);
      }
      return;
    }
    case Op.BUILD_SLICE: {
      const step = arg === 3 ? s.pop()! : rt.None;
      const stop = s.pop()!;
      const start = s.pop()!;
      return void s.push(rt.heap.alloc(new PySlice(start, stop, step)));
    }
    case Op.UNARY_OP: {
      const a = s.pop()!;
      try {
        s.push(unaryOp(rt, UNARYOPS[arg]!, a));
      } finally {
        rt.decref(a);
      }
      return;
    }
    case Op.BUILD_SET: {
      const items = s.splice(s.length - (arg & (SET_OF_CONSTANTS - 1)));
      const set = rt.set();
      s.push(set);
      const plan = arg & SET_OF_CONSTANTS ? constantSetPlan(items) : null;
      if (plan) set.tableSize = plan.size;
      // After a failed add the rest are still released (in order), then the set is dropped.
      let err: unknown = null;
      for (const x of plan ? plan.order : items) {
        if (err === null) {
          try {
            setAdd(rt, set, x);
          } catch (e) {
            err = e;
          }
        }
        rt.decref(x);
      }
      if (err !== null) {
        rt.decref(s.pop());
        throw err;
      }
      return;
    }
    case Op.BUILD_MAP: {
      // The items stay on the stack until the dict is built: if a key is unhashable the partial
      // dict is dropped and the unwinding releases them, top first.
      const base = s.length - 2 * arg;
      const d = rt.dict();
      s.push(d); // shown while __eq__ may run
      try {
        for (let i = base; i < base + 2 * arg; i += 2) dictSet(rt, d, s[i]!, s[i + 1]!);
      } catch (e) {
        rt.decref(s.pop());
        throw e;
      }
      s.pop();
      while (s.length > base) rt.decref(s.pop());
      s.push(d);
      return;
    }
    case Op.BUILD_KWARGS: {
      const v = s.pop()!;
      const k = s.pop()!;
      const d = s[s.length - 1] as PyDict;
      dictSet(rt, d, k, v);
      rt.decref(k);
      return rt.decref(v);
    }
    case Op.DICT_MERGE: {
      const src = s.pop()!;
      const d = s[s.length - 1] as PyDict;
      if (!(src instanceof PyDict)) rt.raise("TypeError", `argument after ** must be a mapping, not ${src.cls.name}`);
      if (arg === 2) checkDuplicateKeywords(rt, s[s.length - 3]!, d, src); // a call's **, not a display
      for (const [k, v] of src.map.values()) dictSet(rt, d, k, v);
      return rt.decref(src);
    }
    case Op.LIST_APPEND: {
      const v = s.pop()!;
      const l = s[s.length - arg] as PyList;
      l.items.push(v);
      return rt.heap.touchSplice(l, l.items.length - 1, 0, 1);
    }
    case Op.SET_ADD: {
      const v = s.pop()!;
      setAdd(rt, s[s.length - arg] as never, v);
      return rt.decref(v);
    }
    case Op.MAP_ADD: {
      const v = s.pop()!;
      const k = s.pop()!;
      dictSet(rt, s[s.length - arg] as PyDict, k, v);
      rt.decref(k);
      return rt.decref(v);
    }
    case Op.LIST_EXTEND: {
      const src = s.pop()!;
      const l = s[s.length - arg] as PyList;
      try {
        const it = getIter(rt, src);
        for (let v = iterNext(rt, it); v; v = iterNext(rt, it)) l.items.push(v);
        rt.decref(it);
        rt.heap.touch(l);
      } finally {
        rt.decref(src);
      }
      return;
    }
    case Op.LIST_TO_TUPLE: {
      const l = s.pop() as PyList;
      const t = rt.tuple(l.items.map((x) => rt.incref(x)));
      rt.decref(l);
      return void s.push(t);
    }
    case Op.BUILD_STRING: {
      const parts = s.splice(s.length - arg);
      const r = rt.str(parts.map((p) => (p as PyStr).v).join(""));
      for (const p of parts) rt.decref(p);
      return void s.push(r);
    }
    case Op.FORMAT_VALUE: {
      const spec = arg & 4 ? (s.pop() as PyStr) : null;
      const v = s.pop()!;
      try {
        s.push(formatValue(rt, v, arg & 3, spec ? spec.v : ""));
      } finally {
        rt.decref(spec);
        rt.decref(v);
      }
      return;
    }
    case Op.UNPACK_SEQUENCE: return unpackSequence(rt, s, arg);
    case Op.UNPACK_EX: return unpackEx(rt, s, arg & 0xff, arg >> 8);
    case Op.MAKE_FUNCTION: return makeFunction(rt, f, arg);
    case Op.BUILD_CLASS: return buildClass(rt, f, arg);
    case Op.SETUP_EXCEPT: case Op.SETUP_FINALLY:
      return void f.blocks.push({ kind: op === Op.SETUP_EXCEPT ? "except" : "finally", handler: arg, depth: s.length });
    case Op.POP_BLOCK: return void f.blocks.pop();
    case Op.POP_EXCEPT: {
      const b = f.blocks.pop()!;
      const [exc] = s.splice(b.depth, 1);
      rt.decref(f.handling.pop());
      return rt.decref(exc);
    }
    case Op.RERAISE: {
      const e = new PyError(s.pop() as PyException);
      e.reraise = true;
      throw e;
    }
    case Op.RAISE: return doRaise(rt, f, arg);
    case Op.JUMP_IF_NOT_EXC_MATCH: {
      const t = s.pop()!;
      const e = s.pop()!;
      let m: boolean;
      try {
        m = rt.excMatches(e, t);
      } finally {
        rt.decref(t);
        rt.decref(e);
      }
      if (!m) f.pc = arg;
      return;
    }
    case Op.IMPORT: return void s.push(importModule(rt, f.code.names[arg]!));
    case Op.LOAD_ASSERTION_ERROR: return void s.push(rt.incref(rt.excClasses.get("AssertionError")!));
    case Op.LOAD_SUPER: return void s.push(loadSuper(rt, f));
    default: throw rt.notSupported(`opcode ${op}`);
  }
}

/** Python functions get a frame the evaluator enters; anything else is called right here. */
function callOrEnter(rt: Runtime, s: PyObject[], fn: PyObject, args: PyObject[], kwNames: PyTuple | null): Frame | void {
  const target = fn instanceof PyFunction ? fn : fn instanceof PyMethod && fn.func instanceof PyFunction ? fn.func : null;
  if (!target || target.code.isGenerator) return void s.push(callOwned(rt, fn, args, kwNames));
  if (fn instanceof PyMethod) args.unshift(rt.incref(fn.self!));
  const kw = kwMap(args, kwNames);
  try {
    return makeFrame(rt, target, args, kw);
  } finally {
    rt.decref(fn);
  }
}

/** The top `n` stack items in push order, after `first` if given (cheaper than splice + unshift). */
function popN(s: PyObject[], n: number, first: PyObject | null): PyObject[] {
  // Built by push (a packed array, unlike new Array(n)); pop() rather than a length store, which
  // V8 does through a slow builtin.
  const out: PyObject[] = first ? [first] : [];
  for (let i = s.length - n; i < s.length; i++) out.push(s[i]!);
  for (let i = 0; i < n; i++) s.pop();
  return out;
}

/** Releases the two operands of an instruction, right first when the profile says so. */
export function releasePair(rt: Runtime, left: PyObject, right: PyObject, rightFirst: boolean): void {
  rt.decref(rightFirst ? right : left);
  rt.decref(rightFirst ? left : right);
}

export const NULL_SELF: PyObject = { kind: "other" } as unknown as PyObject;

export function jumpTo(f: Frame, target: number): void {
  if (target < f.pc) f.lastLine = -1;
  f.pc = target;
}

function derefName(f: Frame, i: number): string {
  return [...f.code.cellvars, ...f.code.freevars][i]!;
}

function makeFunction(rt: Runtime, f: Frame, arg: number): void {
  const s = f.stack;
  const flags = arg >> 16;
  const code = f.code.codes[arg & 0xffff]!;
  const closure = flags & MF_CLOSURE ? (s.pop() as PyTuple) : null;
  const kwd = flags & MF_KWDEFAULTS ? (s.pop() as PyDict) : null;
  const defaults = flags & MF_DEFAULTS ? (s.pop() as PyTuple) : null;
  let kwdefaults: Map<string, PyObject> | null = null;
  if (kwd) {
    kwdefaults = new Map();
    for (const [k, v] of kwd.map.values()) kwdefaults.set((k as PyStr).v, rt.incref(v));
    rt.decref(kwd);
  }
  s.push(rt.heap.alloc(new PyFunction(code, f.globals, defaults, kwdefaults, closure, code.qualname)));
}

function doRaise(rt: Runtime, f: Frame, argc: number): never {
  if (argc === 0) {
    const cur = rt.currentHandled();
    if (!cur) rt.raise("RuntimeError", "No active exception to reraise");
    const e = new PyError(rt.incref(cur) as PyException);
    e.reraise = true;
    throw e;
  }
  const cause = argc === 2 ? f.stack.pop()! : null;
  const v = f.stack.pop()!;
  const exc = makeException(rt, v);
  if (cause) {
    const c = cause === rt.None ? null : makeException(rt, cause);
    rt.decref(cause);
    exc.cause = c;
    exc.suppressContext = true;
  }
  throw new PyError(exc);
}

export { str };
