// Addresses for id() and default reprs. CPython hands a freed object's memory to the next object
// of the same size (free lists for lists, dicts, tuples and floats; pymalloc's size classes for
// the rest), last freed first: that is why `id([]) == id([])` is True. Addresses are tracked only
// once a program asks for one, so programs that never call id() pay nothing.
import type { PyObject } from "../objects/base";
import type { PyTuple } from "../objects/containers";
import type { PyStr } from "../objects/scalars";

const BASE = 0x7f3a00000000;

export class AddressSpace {
  private active = false;
  private next = BASE;
  private readonly addr = new Map<PyObject, number>();
  private readonly free = new Map<string, number[]>();

  of(o: PyObject): number {
    this.active = true;
    let a = this.addr.get(o);
    if (a === undefined) {
      a = this.take(o);
      this.addr.set(o, a);
    }
    return a;
  }

  onAlloc(o: PyObject): void {
    if (this.active) this.addr.set(o, this.take(o));
  }

  onFree(o: PyObject): void {
    if (!this.active) return; // nothing has an address yet
    const a = this.addr.get(o);
    if (a === undefined) return;
    this.addr.delete(o);
    const k = this.sizeKey(o);
    const stack = this.free.get(k);
    if (stack) stack.push(a);
    else this.free.set(k, [a]);
  }

  private take(o: PyObject): number {
    const k = this.sizeKey(o);
    const reused = this.free.get(k)?.pop();
    if (reused !== undefined) return reused;
    this.next += 0x40;
    return this.next;
  }

  /** Which freed blocks an object can take: same free list or (roughly) same size class. */
  private sizeKey(o: PyObject): string {
    if (o.kind === "tuple") return "tuple" + (o as PyTuple).items.length;
    if (o.kind === "str") return "str" + (o as PyStr).v.length;
    return o.kind;
  }
}
