// Functions, bound methods, builtins, cells and modules (rules 9 and 10).
import { type Code } from "../compile/code";
import { PyObject, type NativeFn, type PyClass, type Ref } from "./base";
import { type PyTuple } from "./containers";
import { T } from "./types";

export class PyCell extends PyObject {
  readonly kind = "cell";
  constructor(public value: PyObject | null) {
    super();
  }
  get cls(): PyClass {
    return T().cell;
  }
  override refs(): Ref[] {
    return this.value ? [["cell", this.value]] : [];
  }
  override takeRefs(): PyObject[] {
    const v = this.value;
    this.value = null;
    return v ? [v] : [];
  }
  override get isContainer(): boolean {
    return true;
  }
}

export class PyFunction extends PyObject {
  readonly kind = "function";
  /** The class whose body defined this function (what a zero-argument super() uses). */
  ownerClass: PyClass | null = null;
  constructor(
    public code: Code,
    public globals: Map<string, PyObject>,
    public defaults: PyTuple | null,
    public kwdefaults: Map<string, PyObject> | null,
    /** The closure tuple of cells (func_closure), as CPython holds it. */
    public closure: PyTuple | null,
    public qualname: string,
  ) {
    super();
  }
  get cls(): PyClass {
    return T().function;
  }
  get name(): string {
    return this.code.name;
  }
  override refs(): Ref[] {
    const out: Ref[] = [];
    if (this.defaults) out.push(["__defaults__", this.defaults]);
    if (this.kwdefaults) for (const [k, v] of this.kwdefaults) out.push([`__kwdefaults__[${k}]`, v]);
    if (this.closure) out.push(["__closure__", this.closure]);
    return out;
  }
  /** func_clear order: defaults, kwdefaults, then the closure. */
  override takeRefs(): PyObject[] {
    const out: PyObject[] = [];
    if (this.defaults) out.push(this.defaults);
    if (this.kwdefaults) out.push(...this.kwdefaults.values());
    if (this.closure) out.push(this.closure);
    this.defaults = null;
    this.kwdefaults = null;
    this.closure = null;
    return out;
  }
  override get isContainer(): boolean {
    return true;
  }
}

export class PyBuiltin extends PyObject {
  readonly kind = "builtin";
  /** A method descriptor of a builtin type: the first argument is the object. */
  unbound = false;
  /** For a descriptor: the type whose objects it applies to (`str.upper(5)` is a TypeError). */
  owner: PyClass | null = null;
  constructor(
    public name: string,
    public fn: NativeFn,
    public self: PyObject | null = null,
  ) {
    super();
  }
  get cls(): PyClass {
    return T().builtin_function_or_method;
  }
  override refs(): Ref[] {
    return this.self ? [["__self__", this.self]] : [];
  }
  override takeRefs(): PyObject[] {
    const s = this.self;
    this.self = null;
    return s ? [s] : [];
  }
  override get isContainer(): boolean {
    return this.self !== null;
  }
}

export class PyMethod extends PyObject {
  readonly kind = "method";
  constructor(
    public func: PyObject | null,
    public self: PyObject | null,
  ) {
    super();
  }
  get cls(): PyClass {
    return T().method;
  }
  override refs(): Ref[] {
    const out: Ref[] = [];
    if (this.func) out.push(["__func__", this.func]);
    if (this.self) out.push(["__self__", this.self]);
    return out;
  }
  override takeRefs(): PyObject[] {
    const out = [this.self, this.func].filter((x): x is PyObject => x !== null);
    this.func = this.self = null;
    return out;
  }
  override get isContainer(): boolean {
    return true;
  }
}

export class PyModule extends PyObject {
  readonly kind = "module";
  attrs = new Map<string, PyObject>();
  constructor(public name: string) {
    super();
  }
  get cls(): PyClass {
    return T().module;
  }
}
