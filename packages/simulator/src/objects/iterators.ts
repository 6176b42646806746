// Builtin iterators. Each holds its underlying objects (refs) and a step function; `next`
// returns a new reference or null when exhausted (StopIteration without allocating one).
import { PyObject, type PyClass, type Ref } from "./base";

export class PyIter extends PyObject {
  readonly kind = "iterator";
  exhausted = false;
  constructor(
    public klass: PyClass,
    public held: PyObject[],
    public step: (it: PyIter) => PyObject | null,
    public pos = 0,
  ) {
    super();
  }
  get cls(): PyClass {
    return this.klass;
  }
  override refs(): Ref[] {
    return this.held.map((o, i) => [i === 0 ? "it_seq" : `it[${i}]`, o]);
  }
  override takeRefs(): PyObject[] {
    const out = this.held;
    this.held = [];
    return out;
  }
  override get isContainer(): boolean {
    return this.held.length > 0;
  }
}
