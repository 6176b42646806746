// The evaluator: one loop over bytecode with an explicit value stack. Everything a stack slot
// holds is a counted reference, so a temporary dies exactly when it is popped. Calls between
// Python functions switch frames inside this loop (no JS recursion), as CPython 3.11 does.
import { Op } from "../compile/ops";
import { PyError } from "../memory/errors";
import { type PyObject } from "../objects/base";
import { PyInstance } from "../objects/instance";
import { type Frame } from "../objects/frames";
import { type Code } from "../compile/code";
import { type Runtime } from "./runtime";
import { execOp, jumpTo, releasePair } from "./exec";
import { enterSimple, releaseFrame } from "./frames";
import { handleException } from "./unwind";
import { intArith, intCompare } from "./intfast";
import { abandonInit, abandonInits, enterInit, finishInit } from "./initcall";

// Read once: where a transpiler leaves `Op.X` as a property read (tsx, per-file builds), the enum
// object has ~160 keys (names and reverse mappings) and V8 keeps it in slow dictionary mode.
const RETURN_VALUE = Op.RETURN_VALUE;
const YIELD_VALUE = Op.YIELD_VALUE;
const LOAD_FAST = Op.LOAD_FAST;
const STORE_FAST = Op.STORE_FAST;
const LOAD_CONST = Op.LOAD_CONST;
const POP_JUMP_IF_FALSE = Op.POP_JUMP_IF_FALSE;
const POP_JUMP_IF_TRUE = Op.POP_JUMP_IF_TRUE;
const JUMP = Op.JUMP;
const IS_OP = Op.IS_OP;
const LOAD_ATTR = Op.LOAD_ATTR;
const BINARY_OP = Op.BINARY_OP;
const INPLACE_OP = Op.INPLACE_OP;
const COMPARE_OP = Op.COMPARE_OP;
const LOAD_GLOBAL = Op.LOAD_GLOBAL;
const LOAD_NAME = Op.LOAD_NAME;
const CALL = Op.CALL;
const STORE_ATTR = Op.STORE_ATTR;

/**
 * o.getOwn(name) for the LOAD_ATTR at `pc`, remembering the class and slot it found: a class's
 * slot for a name never changes (shared keys only grow), so the next instance of that class
 * needs no name lookup.
 */
function ownAttr(code: Code, pc: number, o: PyInstance): PyObject | undefined {
  const cache = (code.attrCache ??= []);
  const k = 2 * pc;
  const cls = o.klass;
  if (cache[k] === cls) return o.slots[cache[k + 1] as number];
  const i = cls.keyIndex.get(code.names[code.args[pc]!]!);
  if (i === undefined) return undefined;
  cache[k] = cls;
  cache[k + 1] = i;
  return o.slots[i];
}

/** Enters an inlined callee frame: recursion limit, call stack and the "call" event. */
function enter(rt: Runtime, nf: Frame): void {
  if (rt.frames.length >= rt.limits.recursionLimit) {
    releaseFrame(rt, nf);
    const e = new PyError(rt.newException("RecursionError", "maximum recursion depth exceeded"));
    abandonInit(rt, nf); // an __init__ call (vm/initcall.ts) drops its instance after the error is made
    throw e;
  }
  rt.frames.push(nf);
  rt.callEvent(nf);
}

/**
 * Leaves an inlined frame that returned `v` and hands the value to its caller (an __init__
 * frame's caller gets the instance: see finishInit, which runs after this returns).
 */
function leave(rt: Runtime, f: Frame, v: PyObject): Frame {
  rt.returnEvent(f, v);
  releaseFrame(rt, f); // still on the stack: its locals die "at" its return line
  rt.frames.pop();
  const caller = rt.frames[rt.frames.length - 1]!;
  if (!f.initSelf) caller.stack.push(v);
  return caller;
}

/**
 * Runs `base` until it returns (the value, owned) or yields (f.yielded set). A Python exception
 * escaping `base` is rethrown as PyError once the traceback has been extended.
 */
export function evalFrame(rt: Runtime, base: Frame): PyObject {
  let f = base;
  const tracer = rt.tracer;
  for (;;) {
    try {
      for (;;) {
        const code = f.code;
        const pc = f.pc;
        if (code.lineStarts[pc] === 1) {
          const line = code.lines[pc]!;
          if (line !== f.lastLine) {
            f.line = line;
            f.lastLine = line;
            rt.lineEvent(f);
          }
        }
        if (tracer && !f.dirty) tracer.markFrame(f);
        const op = code.ops[pc]!;
        f.pc = pc + 1;
        // The commonest instructions are done here: calling execOp (a large function) cost
        // more than their work. Same steps as their cases in execOp, which still handles the
        // other paths (an unbound local, a condition that is not a bool).
        if (op === LOAD_FAST) {
          const v = f.locals[code.args[pc]!];
          if (v) {
            // `x.name` (LOAD_FAST; LOAD_ATTR, same line) for an instance's own attribute: pushes
            // the attribute directly. Nothing can observe x's count going up and down between
            // the two, and no step or tick falls between instructions of one line.
            const next = pc + 1;
            if (v instanceof PyInstance && code.ops[next] === LOAD_ATTR && code.lineStarts[next] !== 1) {
              const a = ownAttr(code, next, v);
              if (a) {
                f.stack.push(rt.incref(a));
                f.pc = next + 1;
                continue;
              }
            }
            f.stack.push(rt.incref(v));
            continue;
          }
        } else if (op === LOAD_CONST) {
          f.stack.push(rt.constOf(code, code.args[pc]!));
          continue;
        } else if (op === STORE_FAST) {
          const arg = code.args[pc]!;
          const old = f.locals[arg];
          f.locals[arg] = f.stack.pop()!;
          rt.decref(old);
          continue;
        } else if (op === POP_JUMP_IF_FALSE || op === POP_JUMP_IF_TRUE) {
          const v = f.stack[f.stack.length - 1];
          if (v === rt.True || v === rt.False) {
            f.stack.pop(); // immortal: no decref needed
            if ((v === rt.True) === (op === POP_JUMP_IF_TRUE)) jumpTo(f, code.args[pc]!);
            continue;
          }
        } else if (op === LOAD_ATTR) {
          // An instance's own attribute: what getAttr finds first, without its other cases.
          const s = f.stack;
          const o = s[s.length - 1]!;
          const v = o instanceof PyInstance ? ownAttr(code, pc, o) : undefined;
          if (v) {
            s[s.length - 1] = rt.incref(v);
            rt.decref(o);
            continue;
          }
        } else if (op === STORE_ATTR) {
          // `x.name = v` on a plain instance: attrs.ts setAttr's first case, with exec.ts's
          // releases (the old value, then v, then x), without the execOp dispatch.
          const s = f.stack;
          const o = s[s.length - 1]!;
          if (o instanceof PyInstance && o.kind === "instance") {
            s.pop();
            const v = s.pop()!;
            try {
              const old = o.setAttr(code.names[code.args[pc]!]!, rt.incref(v));
              rt.heap.touch(o);
              rt.decref(old);
            } finally {
              rt.decref(v);
              rt.decref(o);
            }
            continue;
          }
        } else if (op === IS_OP) {
          const s = f.stack;
          const b = s.pop()!;
          const a = s.pop()!;
          s.push(rt.bool((a === b) !== (code.args[pc] === 1)));
          rt.decref(rt.profile.inputsReleasedTopFirst ? b : a);
          rt.decref(rt.profile.inputsReleasedTopFirst ? a : b);
          continue;
        } else if (op === COMPARE_OP || op === BINARY_OP || op === INPLACE_OP) {
          // Two safe ints: as execOp's cases (pop both, push the result, release both in the
          // profile's order; released too if making the result fails, e.g. on the object limit).
          const s = f.stack;
          const b = s.pop()!;
          const a = s.pop()!;
          const arg = code.args[pc]!;
          let r: PyObject | null;
          try {
            r = op === COMPARE_OP ? intCompare(rt, arg, a, b) : intArith(rt, arg, a, b);
          } catch (e) {
            releasePair(rt, a, b, rt.profile.failedOperandsRightFirst); // only intArith allocates
            throw e;
          }
          if (r) {
            s.push(r);
            releasePair(rt, a, b, op === COMPARE_OP && rt.profile.inputsReleasedTopFirst);
            continue;
          }
          s.push(a, b);
        } else if (op === LOAD_GLOBAL || (op === LOAD_NAME && !f.ns)) {
          // A module-level name (names.ts globalsGet looks there first); builtins go the long way.
          const v = f.globals.get(code.names[code.args[pc]!]!);
          if (v) {
            f.stack.push(rt.incref(v));
            continue;
          }
        } else if (op === CALL) {
          // A Python function or a plain class (its __init__) entered here; other callables: execOp.
          const n = code.args[pc]!;
          const nf = enterSimple(rt, f.stack, n, null, false) ?? enterInit(rt, f.stack, n);
          if (nf) {
            enter(rt, nf);
            f = nf;
            continue;
          }
        } else if (op === JUMP) {
          const target = code.args[pc]!;
          if (target < f.pc) {
            f.lastLine = -1; // a backward jump re-announces the loop's line
            rt.tick();
          }
          f.pc = target;
          continue;
        }
        if (op === RETURN_VALUE) {
          const v = f.stack.pop()!;
          if (f === base) return v;
          const done = f;
          f = leave(rt, f, v);
          if (done.initSelf) finishInit(rt, f, done, v); // may raise, in the caller
          continue;
        }
        if (op === YIELD_VALUE) {
          f.yielded = true;
          return f.stack.pop()!;
        }
        const nf = execOp(rt, f, op, code.args[pc]!);
        if (nf) {
          enter(rt, nf);
          f = nf;
        }
      }
    } catch (e) {
      if (!(e instanceof PyError)) {
        abandonInits(rt, base);
        throw e;
      }
      for (;;) {
        if (handleException(rt, f, e)) break;
        if (f === base) throw e;
        releaseFrame(rt, f);
        rt.frames.pop();
        abandonInit(rt, f);
        f = rt.frames[rt.frames.length - 1]!;
      }
    }
  }
}
