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

let nextFrameId = 1;
export function resetFrameIds(): void {
  nextFrameId = 1;
}

/** A frame of the evaluator: fast locals, cells, the value stack and the block stack. */
export class Frame {
  /** Set per run from the version profile (rule 5). */
  static lastToFirst = true;
  readonly id = nextFrameId++;
  yielded = false;
  locals: (PyObject | null)[];
  cells: PyCell[] = [];
  stack: PyObject[] = [];
  blocks: Block[] = [];
  pc = 0;
  line: number;
  lastLine = -1;
  /** Class bodies and the module use a name->object namespace instead of fast locals. */
  ns: Map<string, PyObject> | null = null;
  gen: PyGenerator | null = null;
  obj: PyFrameObj | null = null;
  /** The exception being handled (sys.exc_info()), for bare `raise` and __context__. */
  handling: PyObject[] = [];
  done = false;
  fnReleased = false;
  /** Set while the evaluator runs instructions in this frame since the last trace step. */
  dirty = false;
  constructor(
    public code: Code,
    public fn: PyFunction | null,
    public globals: Map<string, PyObject>,
  ) {
    this.locals = new Array<PyObject | null>(code.varnames.length).fill(null);
    this.line = code.firstLine;
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
  /** Everything the frame holds, in release order (locals, cells; profile decides direction). */
  /** All references dropped: the frame is gone from memory pictures. */
  released = false;
  takeRefs(lastToFirst: boolean): PyObject[] {
    this.released = true;
    const slots: (PyObject | null)[] = [...this.locals, ...this.cells];
    const out = slots.filter((x): x is PyObject => x !== null);
    if (lastToFirst) out.reverse();
    out.push(...this.stack.slice().reverse());
    this.locals.fill(null);
    this.cells = [];
    this.stack = [];
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
