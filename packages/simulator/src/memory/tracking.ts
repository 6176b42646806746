// Which objects the cyclic collector may be tracking (CPython's _PyObject_GC_MAY_BE_TRACKED):
// any object of a collector type, except a tuple the collector has already untracked. A dict
// (or tuple) holding only such untrackable objects need not be tracked itself.
import { type PyObject } from "../objects/base";

export function mayBeTracked(o: PyObject): boolean {
  if (!o.isContainer || o.immortal !== null) return false;
  return o.kind !== "tuple" || o.gen >= 0;
}
