// Execution frames, frame objects (kept alive by tracebacks) and generators (rules 5, 7, 8).
import { type Code } from "../compile/code";
import { PyObject, type PyClass, type Ref } from "./base";
import { type PyCell, type PyFunction } from "./callables";
import { T } from "./types";

export interface Block {
  kind: "except" | "finally" | "handler";
  handler: number;
  depth: number;
}

const NONE = Object.freeze([]) as unknown as never[];

let nextFrameId = 1;
export function resetFrameIds(): void {
  nextFrameId = 1;
}

/**
 * A frame of the evaluator: fast locals, cells, the value stack and the block stack. Fields are
 * assigned in the constructor, not declared as class fields: one is built per Python call, and
 * V8 did not inline the class-field initializer (it was ~8% of a call-heavy run).
 */
export class Frame {
  /** Set per run from the version profile (rule 5). */
  static lastToFirst = true;
  declare readonly id: number;
  declare yielded: boolean;
  declare locals: (PyObject | null)[];
  declare cells: PyCell[];
  declare stack: PyObject[];
  declare blocks: Block[];
  declare pc: number;
  declare line: number;
  declare lastLine: number;
  /** Class bodies and the module use a name->object namespace instead of fast locals. */
  declare ns: Map<string, PyObject> | null;
  declare gen: PyGenerator | null;
  declare obj: PyFrameObj | null;
  /** The exception being handled (sys.exc_info()), for bare `raise` and __context__. */
  declare handling: PyObject[];
  declare done: boolean;
  declare fnReleased: boolean;
  /** Set while the evaluator runs instructions in this frame since the last trace step. */
  declare dirty: boolean;
  /** All references dropped: the frame is gone from memory pictures. */
  declare released: boolean;
  declare code: Code;
  declare fn: PyFunction | null;
  declare globals: Map<string, PyObject>;
  /**
   * An __init__ frame entered inline by `Cls(args)` (vm/initcall.ts): the new instance, and the
   * callee and arguments popped off the caller's stack, released once __init__ has finished.
   */
  declare initSelf: PyObject | null;
  declare initHeld: PyObject[] | null;
  constructor(code: Code, fn: PyFunction | null, globals: Map<string, PyObject>) {
    this.code = code;
    this.fn = fn;
    this.globals = globals;
    (this as { id: number }).id = nextFrameId++;
    this.yielded = false;
    const n = code.varnames.length;
    const locals = new Array<PyObject | null>(n);
    for (let i = 0; i < n; i++) locals[i] = null;
    this.locals = locals;
    // Most frames never use these three stacks: they share one frozen empty array (a push
    // would throw), which saves three allocations per call.
    this.cells = code.cellvars.length || code.freevars.length ? [] : NONE;
    this.stack = [];
    this.blocks = code.hasHandlers ? [] : NONE;
    this.pc = 0;
    this.line = code.firstLine;
    this.lastLine = -1;
    this.ns = null;
    this.gen = null;
    this.obj = null;
    this.handling = code.hasHandlers ? [] : NONE;
    this.done = false;
    this.fnReleased = false;
    this.dirty = false;
    this.released = false;
    this.initSelf = null;
    this.initHeld = null;
  }
  get name(): string {
    return this.code.name;
  }
  refs(): Ref[] {
    const out: Ref[] = [];
    this.locals.forEach((v, i) => v && out.push([this.code.varnames[i]!, v]));
    this.cells.forEach((c, i) => out.push([[...this.code.cellvars, ...this.code.freevars][i]!, c]));
    this.stack.forEach((v) => out.push(["(temporary)", v]));
    return out;
  }
  /**
   * Everything the frame holds, in release order. The value stack (only a suspended generator's
   * is not empty here: a for loop's iterator, say) goes first, top down: 3.11 unwinds it when
   * close() throws GeneratorExit, 3.12+ clears from the top of the stack down. Then the locals
   * and cells, in the direction the profile gives.
   */
  takeRefs(lastToFirst: boolean): PyObject[] {
    this.released = true;
    // Plain loops: this runs on every return, and spread/filter/slice showed in profiles.
    const out: PyObject[] = [];
    const stack = this.stack;
    for (let i = stack.length - 1; i >= 0; i--) out.push(stack[i]!);
    const first = out.length;
    const locals = this.locals;
    for (let i = 0; i < locals.length; i++) {
      const v = locals[i];
      if (v) out.push(v);
      locals[i] = null;
    }
    for (const c of this.cells) out.push(c);
    if (lastToFirst) reverseFrom(out, first);
    if (stack.length) this.stack = [];
    return out;
  }
}

/** A frame reified as a heap object, as CPython does when a traceback refers to it. */
export class PyFrameObj extends PyObject {
  readonly kind = "frame";
  constructor(public frame: Frame) {
    super();
  }
  get cls(): PyClass {
    return T().frame;
  }
  override refs(): Ref[] {
    return this.frame.done ? this.frame.refs() : [];
  }
  override viewRefs(): Ref[] {
    return [];
  }
  /** Freed after its frame finished: the frame's locals go with it. */
  override takeRefs(): PyObject[] {
    const f = this.frame;
    f.obj = null;
    if (!f.done) return [];
    return frameRelease(f);
  }
  override get isContainer(): boolean {
    return true;
  }
}

function generatorFrameRefs(f: Frame): PyObject[] {
  f.done = true;
  return f.obj ? [f.obj] : frameRelease(f);
}

function frameRelease(f: Frame): PyObject[] {
  const out = f.takeRefs(Frame.lastToFirst);
  if (f.fn && !f.fnReleased) {
    f.fnReleased = true;
    out.push(f.fn);
  }
  return out;
}

export class PyGenerator extends PyObject {
  readonly kind = "generator";
  running = false;
  /** What `return` in the generator returned, until a StopIteration carries it away. */
  returnValue: PyObject | null = null;
  constructor(
    public frame: Frame | null,
    public qualname: string,
  ) {
    super();
  }
  get cls(): PyClass {
    return T().generator;
  }
  override refs(): Ref[] {
    return this.frame ? this.frame.refs() : [];
  }
  override viewRefs(): Ref[] {
    return [];
  }
  override takeRefs(): PyObject[] {
    const f = this.frame;
    this.frame = null;
    const rv = this.returnValue;
    this.returnValue = null;
    if (rv) return [rv, ...(f ? generatorFrameRefs(f) : [])];
    if (!f) return [];
    f.done = true;
    if (f.obj) return [f.obj]; // the frame object now decides when the locals go
    return frameRelease(f);
  }
  override get isContainer(): boolean {
    return true;
  }
}

function reverseFrom(a: PyObject[], from: number): void {
  for (let i = from, j = a.length - 1; i < j; i++, j--) {
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}
