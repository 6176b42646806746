// Exception unwinding inside a frame: find the innermost handler block, drop the temporaries
// above it, and enter the handler with the exception on the stack (as CPython 3.10 did).
import { type PyError } from "../memory/errors";
import { PyFrameObj, type Frame } from "../objects/frames";
import { type PyException, PyTraceback } from "../objects/instance";
import { type Runtime } from "./runtime";

/** Adds this frame to the exception's traceback (PyTraceBack_Here). */
export function addTraceback(rt: Runtime, f: Frame, e: PyError): void {
  if (!f.obj) {
    f.obj = rt.heap.alloc(new PyFrameObj(f));
  }
  const exc = e.exc;
  exc.traceback = rt.heap.alloc(new PyTraceback(rt.incref(f.obj), f.line, exc.traceback));
  rt.heap.touch(exc);
}

/** Returns true when a handler in `f` takes the exception; false when it leaves the frame. */
export function handleException(rt: Runtime, f: Frame, e: PyError): boolean {
  if (!e.reraise) {
    addTraceback(rt, f, e);
    setContext(rt, f, e.exc);
  }
  e.reraise = false;
  rt.exceptionEvent(f, e);
  while (f.blocks.length > 0) {
    const b = f.blocks.pop()!;
    popStackTo(rt, f, b.depth);
    if (b.kind === "handler") {
      rt.decref(f.handling.pop());
      continue;
    }
    const exc = e.exc;
    f.stack.push(exc); // the PyError's reference moves to the stack
    f.blocks.push({ kind: "handler", handler: 0, depth: b.depth });
    f.handling.push(rt.incref(exc));
    f.pc = b.handler;
    f.lastLine = -1;
    return true;
  }
  popStackTo(rt, f, 0);
  return false;
}

/** A new exception raised while another is handled gets it as __context__. */
export function setContext(rt: Runtime, f: Frame, exc: PyException): void {
  void f;
  if (exc.context) return;
  for (let i = rt.frames.length - 1; i >= 0; i--) {
    const h = rt.frames[i]!.handling;
    const cur = h[h.length - 1];
    if (cur && cur !== exc) {
      exc.context = rt.incref(cur);
      rt.heap.touch(exc);
      return;
    }
  }
}

export function popStackTo(rt: Runtime, f: Frame, depth: number): void {
  while (f.stack.length > depth) rt.decref(f.stack.pop());
}
