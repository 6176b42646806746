// PEP 709 (3.12+): a list/set/dict comprehension runs in its enclosing frame. Its variables are
// slots of that frame whose previous contents (usually nothing) wait on the value stack while it
// runs and are put back when it ends, so the comprehension's last values die at that moment.
import { CELL_SLOT } from "../compile/ops";
import { type PyObject } from "../objects/base";
import { PyCell } from "../objects/callables";
import { type Frame } from "../objects/frames";
import { NULL_SELF } from "./exec";
import { type Runtime } from "./runtime";

// An unbound slot is saved as NULL_SELF, the stack's NULL marker (never counted, never shown);
// read inside the functions, not at load time: this module and exec.ts import each other.

/** SWAP n: exchanges the top of the stack with the n-th item from the top. */
export function swap(s: PyObject[], n: number): void {
  const i = s.length - n;
  const t = s[i]!;
  s[i] = s[s.length - 1]!;
  s[s.length - 1] = t;
}

/** LOAD_FAST_AND_CLEAR; for a cell slot the cell itself is saved and a fresh one made (MAKE_CELL). */
export function saveLocal(rt: Runtime, f: Frame, arg: number): void {
  if (arg & CELL_SLOT) {
    const i = arg & ~CELL_SLOT;
    f.stack.push(f.cells[i] ?? NULL_SELF);
    f.cells[i] = rt.heap.alloc(new PyCell(null));
    return;
  }
  f.stack.push(f.locals[arg] ?? NULL_SELF);
  f.locals[arg] = null;
}

/** STORE_FAST_MAYBE_NULL: puts the saved contents back and drops the comprehension's. */
export function restoreLocal(rt: Runtime, f: Frame, arg: number): void {
  const v = f.stack.pop()!;
  if (arg & CELL_SLOT) {
    const i = arg & ~CELL_SLOT;
    const old = f.cells[i];
    f.cells[i] = v as PyCell; // module frames make their cells up front, so never NULL here
    return rt.decref(old);
  }
  const old = f.locals[arg];
  f.locals[arg] = v === NULL_SELF ? null : v;
  rt.decref(old);
}
