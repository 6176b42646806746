// The evaluator: one loop over bytecode with an explicit value stack. Everything a stack slot
// holds is a counted reference, so a temporary dies exactly when it is popped. Calls between
// Python functions switch frames inside this loop (no JS recursion), as CPython 3.11 does.
import { Op } from "../compile/ops";
import { PyError } from "../memory/errors";
import { type PyObject } from "../objects/base";
import { PyInstance } from "../objects/instance";
import { type Frame } from "../objects/frames";
import { type Runtime } from "./runtime";
import { execOp, jumpTo } from "./exec";
import { releaseFrame } from "./frames";
import { handleException } from "./unwind";

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

/** Enters an inlined callee frame: recursion limit, call stack and the "call" event. */
function enter(rt: Runtime, nf: Frame): void {
  if (rt.frames.length >= rt.limits.recursionLimit) {
    releaseFrame(rt, nf);
    rt.raise("RecursionError", "maximum recursion depth exceeded");
  }
  rt.frames.push(nf);
  rt.callEvent(nf);
}

/** Leaves an inlined frame that returned `v` and hands the value to its caller. */
function leave(rt: Runtime, f: Frame, v: PyObject): Frame {
  rt.returnEvent(f, v);
  releaseFrame(rt, f); // still on the stack: its locals die "at" its return line
  rt.frames.pop();
  const caller = rt.frames[rt.frames.length - 1]!;
  caller.stack.push(v);
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
          const v = o instanceof PyInstance ? o.attrs.get(code.names[code.args[pc]!]!) : undefined;
          if (v) {
            s[s.length - 1] = rt.incref(v);
            rt.decref(o);
            continue;
          }
        } else if (op === IS_OP) {
          const s = f.stack;
          const b = s.pop()!;
          const a = s.pop()!;
          s.push(rt.bool((a === b) !== (code.args[pc] === 1)));
          rt.decref(a);
          rt.decref(b);
          continue;
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
          f = leave(rt, f, v);
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
      if (!(e instanceof PyError)) throw e;
      for (;;) {
        if (handleException(rt, f, e)) break;
        if (f === base) throw e;
        releaseFrame(rt, f);
        rt.frames.pop();
        f = rt.frames[rt.frames.length - 1]!;
      }
    }
  }
}
