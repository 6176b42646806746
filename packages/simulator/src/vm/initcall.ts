// `Cls(args)` for a plain user class whose __init__ is a Python function taking exactly those
// positional arguments: the evaluator loop enters __init__ like any Python call instead of
// running it in a nested evaluator (classes.ts instantiate -> call.ts runFrame). Every count,
// release and event happens in the order of that nested path, which stays for all other cases:
//   instance allocated, __init__ frame built (borrowing self and the arguments), pushed; on return
//   the frame is released, then a non-None result is a TypeError, then the instance is dropped if
//   anything failed, then the arguments (in the profile's order) and the class are released, and only
//   then the instance is pushed on the caller's stack.
import { LimitError, PyError } from "../memory/errors";
import { type PyObject, PyClass } from "../objects/base";
import { PyFunction } from "../objects/callables";
import { Frame } from "../objects/frames";
import { PyInstance } from "../objects/instance";
import { makeCells, releaseFrame } from "./frames";
import { type Runtime } from "./runtime";
import { typeName } from "./strconv";

/**
 * CALL with `n` positional arguments of a class that qualifies: pops the class and arguments
 * and returns the __init__ frame (not yet pushed: the evaluator's enter() does that). Null: the
 * general path handles the call, with the stack untouched.
 */
export function enterInit(rt: Runtime, s: PyObject[], n: number): Frame | null {
  const cls = s[s.length - n - 1];
  if (!(cls instanceof PyClass) || cls.builtin || rt.isExceptionClass(cls) || cls.lookup("__new__")) return null;
  const init = cls.lookup("__init__");
  if (!(init instanceof PyFunction)) return null;
  const code = init.code;
  if (code.argcount !== n + 1 || code.kwonlycount !== 0 || code.varargs || code.varkw || code.isGenerator) return null;
  const held: PyObject[] = [cls]; // what CALL popped, owned: the class, then the arguments
  for (let i = s.length - n; i < s.length; i++) held.push(s[i]!);
  for (let i = 0; i <= n; i++) s.pop();
  let inst: PyInstance;
  try {
    inst = rt.heap.alloc(new PyInstance(rt.incref(cls)));
  } catch (e) {
    releaseArgs(rt, held); // the object limit: the nested path's caller still released these
    throw e;
  }
  const f = new Frame(code, init, init.globals);
  f.initSelf = inst;
  f.initHeld = held;
  rt.incref(init); // the frame holds its function (f_func) until it ends
  f.locals[0] = rt.incref(inst);
  for (let i = 1; i <= n; i++) f.locals[i] = rt.incref(held[i]!);
  if (code.cellvars.length || init.closure) {
    try {
      makeCells(rt, f, init);
    } catch (e) {
      releaseFrame(rt, f);
      abandonInit(rt, f);
      throw e;
    }
  }
  if (rt.frames.length < rt.limits.recursionLimit && rt.frames.length > 5000) {
    // runFrame's guard, which fired before the frame was pushed or released.
    abandonInit(rt, f);
    throw new LimitError("steps", "call stack too deep");
  }
  return f;
}

/**
 * __init__ returned `v` and its frame `done` has been released and popped: checks the result,
 * releases what the call held and pushes the instance on `caller`'s stack. Throws the TypeError
 * for a non-None result, with `caller` as the current frame.
 */
export function finishInit(rt: Runtime, caller: Frame, done: Frame, v: PyObject): void {
  if (v !== rt.None) {
    rt.decref(v);
    const e = new PyError(rt.newException("TypeError", `__init__() should return None, not '${typeName(v)}'`));
    abandonInit(rt, done);
    throw e;
  }
  const inst = done.initSelf!;
  releaseHeld(rt, done);
  caller.stack.push(inst);
}

/** The call failed after the instance was made: drop it, then what the call held. */
export function abandonInit(rt: Runtime, f: Frame): void {
  const inst = f.initSelf;
  if (!inst) return;
  rt.decref(inst);
  releaseHeld(rt, f);
}

function releaseHeld(rt: Runtime, f: Frame): void {
  const held = f.initHeld!;
  f.initSelf = null;
  f.initHeld = null;
  releaseArgs(rt, held);
}

/** held = [class, ...arguments]: the arguments in the profile's order (as call.ts callOwned), then the class. */
function releaseArgs(rt: Runtime, held: PyObject[]): void {
  if (rt.profile.callArgsLastToFirst) for (let i = held.length - 1; i >= 1; i--) rt.decref(held[i]);
  else for (let i = 1; i < held.length; i++) rt.decref(held[i]);
  rt.decref(held[0]);
}

/**
 * A non-Python error (a limit) leaves the evaluator: the nested path's runFrame would have
 * released each __init__ frame and popped the top of the frame stack once per nesting level,
 * innermost first, before instantiate dropped the instance. Does the same for the __init__
 * frames above `base`.
 */
export function abandonInits(rt: Runtime, base: Frame): void {
  const inits: Frame[] = [];
  for (let i = rt.frames.length - 1; i >= 0 && rt.frames[i] !== base; i--) {
    const f = rt.frames[i]!;
    if (f.initSelf) inits.push(f);
  }
  for (const f of inits) {
    releaseFrame(rt, f);
    rt.frames.pop();
    abandonInit(rt, f);
  }
}
