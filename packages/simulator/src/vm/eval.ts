// The evaluator: one loop over bytecode with an explicit value stack. Everything a stack slot
// holds is a counted reference, so a temporary dies exactly when it is popped. Calls between
// Python functions switch frames inside this loop (no JS recursion), as CPython 3.11 does.
import { Op } from "../compile/ops";
import { PyError } from "../memory/errors";
import { type PyObject } from "../objects/base";
import { type Frame } from "../objects/frames";
import { type Runtime } from "./runtime";
import { execOp } from "./exec";
import { releaseFrame } from "./frames";
import { handleException } from "./unwind";

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
        if (op === Op.RETURN_VALUE) {
          const v = f.stack.pop()!;
          if (f === base) return v;
          f = leave(rt, f, v);
          continue;
        }
        if (op === Op.YIELD_VALUE) {
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
