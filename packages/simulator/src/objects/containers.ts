// tuple, list, dict, set, range: their contents and release orders (rules 6 and 1).
import { PyObject, type PyClass, type Ref } from "./base";
import { T } from "./types";
import { setOrder } from "./setorder";

/**
 * Tuples and lists hold their items alike: named by index, visited last to first by the collector
 * (tupletraverse, list_traverse) and released last to first (their deallocs and list clear).
 */
abstract class PyItems extends PyObject {
  constructor(public items: PyObject[]) {
    super();
  }
  override refs(): Ref[] {
    return this.items.map((o, i) => [`[${i}]`, o]);
  }
  override traverse(): PyObject[] {
    return this.items.slice().reverse();
  }
  override takeRefs(): PyObject[] {
    const out = this.items.slice().reverse();
    this.items = [];
    return out;
  }
  override get usesTrashcan(): boolean {
    return true;
  }
}

export class PyTuple extends PyItems {
  readonly kind = "tuple";
  get cls(): PyClass {
    return T().tuple;
  }
  /** The empty tuple holds nothing for the collector to track. */
  override get isContainer(): boolean {
    return this.items.length > 0;
  }
}

export class PyList extends PyItems {
  readonly kind = "list";
  get cls(): PyClass {
    return T().list;
  }
  override get isContainer(): boolean {
    return true;
  }
}

/** Entries keyed by a hash key string; a Map keeps CPython's insertion order. */
export class PyDict extends PyObject {
  readonly kind = "dict";
  map = new Map<string, [PyObject, PyObject]>();
  get cls(): PyClass {
    return T().dict;
  }
  override refs(): Ref[] {
    const out: Ref[] = [];
    let i = 0;
    for (const [k, v] of this.map.values()) {
      out.push([`key ${i}`, k], [`value ${i}`, v]);
      i++;
    }
    return out;
  }
  /** dict_traverse visits each entry's value, then its key. */
  override traverse(): PyObject[] {
    const out: PyObject[] = [];
    for (const [k, v] of this.map.values()) out.push(v, k);
    return out;
  }
  /** A dict releases in insertion order, each key before its value. */
  override takeRefs(): PyObject[] {
    const out: PyObject[] = [];
    for (const [k, v] of this.map.values()) out.push(k, v);
    this.map = new Map();
    return out;
  }
  override get isContainer(): boolean {
    return true;
  }
  override get usesTrashcan(): boolean {
    return true;
  }
}

export class PySet extends PyObject {
  kind: "set" | "frozenset" = "set";
  map = new Map<string, PyObject>();
  /** The hash table's size before any growth (8, or presized by a copy: see constantSetPlan). */
  tableSize = 8;
  get cls(): PyClass {
    return this.kind === "set" ? T().set : T().frozenset;
  }
  /** Members in CPython's table order (what iteration, repr and dealloc follow). */
  ordered(): PyObject[] {
    return setOrder([...this.map.values()], this.tableSize);
  }
  override refs(): Ref[] {
    return this.ordered().map((o, i) => [`item ${i}`, o]);
  }
  override takeRefs(): PyObject[] {
    const out = this.ordered();
    this.map = new Map();
    return out;
  }
  override get isContainer(): boolean {
    return true;
  }
  override get usesTrashcan(): boolean {
    return true;
  }
}

export class PyRange extends PyObject {
  readonly kind = "range";
  constructor(
    public start: bigint,
    public stop: bigint,
    public step: bigint,
  ) {
    super();
  }
  get cls(): PyClass {
    return T().range;
  }
  get length(): bigint {
    const { start, stop, step } = this;
    if (step > 0n) return stop > start ? (stop - start + step - 1n) / step : 0n;
    return start > stop ? (start - stop - step - 1n) / -step : 0n;
  }
}

export class PySlice extends PyObject {
  readonly kind = "other";
  constructor(
    public start: PyObject,
    public stop: PyObject,
    public step: PyObject,
  ) {
    super();
  }
  get cls(): PyClass {
    return T().slice;
  }
  override refs(): Ref[] {
    return [["start", this.start], ["stop", this.stop], ["step", this.step]];
  }
  override takeRefs(): PyObject[] {
    return [this.start, this.stop, this.step];
  }
}
