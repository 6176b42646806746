// One generation list of the cyclic collector, linked through the objects themselves as CPython's
// gc_prev/gc_next are. It replaces a Set<PyObject>: every new container paid for an identity hash
// and a hash-table insert, which showed in profiles. Same contract as the Set it replaces
// (insertion order, add/delete/clear/size, iteration), except that add() moves an object that
// is in another list, since an object is in at most one generation at a time.
import { type PyObject } from "../objects/base";

export class GcList {
  private head: PyObject | null = null;
  private tail: PyObject | null = null;
  size = 0;

  add(o: PyObject): void {
    if (o.gcList === this) return;
    if (o.gcList) o.gcList.delete(o);
    o.gcList = this;
    o.gcPrev = this.tail;
    o.gcNext = null;
    if (this.tail) this.tail.gcNext = o;
    else this.head = o;
    this.tail = o;
    this.size++;
  }

  delete(o: PyObject): void {
    if (o.gcList !== this) return;
    if (o.gcPrev) o.gcPrev.gcNext = o.gcNext;
    else this.head = o.gcNext;
    if (o.gcNext) o.gcNext.gcPrev = o.gcPrev;
    else this.tail = o.gcPrev;
    o.gcList = o.gcPrev = o.gcNext = null;
    this.size--;
  }

  clear(): void {
    let o = this.head;
    while (o) {
      const next: PyObject | null = o.gcNext;
      o.gcList = o.gcPrev = o.gcNext = null;
      o = next;
    }
    this.head = this.tail = null;
    this.size = 0;
  }

  /** A snapshot: callers may move objects between lists while they walk it. */
  toArray(): PyObject[] {
    const out: PyObject[] = [];
    for (let o = this.head; o; o = o.gcNext) out.push(o);
    return out;
  }

  [Symbol.iterator](): Iterator<PyObject> {
    return this.toArray()[Symbol.iterator]();
  }
}
