// One code object under construction: instruction buffer, labels, constants and name tables.
import { type ConstValue, type Stmt } from "../parse/ast";
import { type Code } from "./code";
import { Op } from "./ops";
import { type Scope } from "./symtable";

export type FBlock =
  | { kind: "loop"; continueTo: number; breaks: number[]; isFor: boolean }
  | { kind: "finally"; body: Stmt[] }
  | { kind: "try" }
  | { kind: "handler"; name: string | null };

export function constKey(c: ConstValue): string {
  switch (c.t) {
    case "int": return "i" + c.v.toString();
    case "float": return "f" + (Object.is(c.v, -0) ? "-0" : String(c.v));
    case "str": return "s" + c.v;
    case "bool": return "b" + c.v;
    case "none": return "N";
    case "tuple": return "t(" + c.items.map(constKey).join(",") + ")";
  }
}

export class Unit {
  code: Code;
  fblocks: FBlock[] = [];
  /** The unit this one is nested in (a def, lambda, comprehension or class inside it). */
  parent: Unit | null = null;
  /** For a class body: names stored as `self.X` in the units nested in it (CPython's u_static_attributes). */
  staticAttrs = new Set<string>();
  private line = 0;
  private pendingLineStart = false;
  private constIndex = new Map<string, number>();
  private nameIndex = new Map<string, number>();
  private lineStartList: number[] = [];

  constructor(
    public scope: Scope,
    name: string,
    qualname: string,
    kind: Code["kind"],
    firstLine: number,
  ) {
    this.code = {
      name, qualname, kind, argcount: 0, kwonlycount: 0, varargs: false, varkw: false,
      isGenerator: scope.isGenerator, varnames: [], cellvars: [...scope.cells], freevars: [...scope.frees], hidden: [...scope.hidden], staticAttributes: [],
      cellArgs: [], names: [], consts: [], codes: [], ops: [], args: [], lines: [], lineStarts: new Uint8Array(0), firstLine,
      constCache: null, attrCache: null, hasHandlers: false,
    };
    this.line = firstLine;
    for (const p of scope.params) this.varIndex(p);
  }

  get here(): number {
    return this.code.ops.length;
  }

  /** The next instruction starts source line `line` (a trace "line" event). */
  startLine(line: number): void {
    this.line = line;
    this.pendingLineStart = true;
  }

  setLine(line: number): void {
    this.line = line;
  }

  emit(op: Op, arg = 0): number {
    if (this.pendingLineStart) {
      this.lineStartList.push(this.code.ops.length);
      this.pendingLineStart = false;
    }
    this.code.ops.push(op);
    this.code.args.push(arg);
    this.code.lines.push(this.line);
    return this.code.ops.length - 1;
  }

  /** Points the jump at `at` to the current position. */
  patch(at: number, target = this.here): void {
    this.code.args[at] = target;
  }

  constIdx(c: ConstValue): number {
    const key = constKey(c);
    let i = this.constIndex.get(key);
    if (i === undefined) {
      i = this.code.consts.length;
      this.code.consts.push(c);
      this.constIndex.set(key, i);
    }
    return i;
  }

  nameIdx(n: string): number {
    let i = this.nameIndex.get(n);
    if (i === undefined) {
      i = this.code.names.length;
      this.code.names.push(n);
      this.nameIndex.set(n, i);
    }
    return i;
  }

  /** co_varnames grows as the compiler first touches a local, as CPython's does. */
  varIndex(n: string): number {
    let i = this.code.varnames.indexOf(n);
    if (i < 0) {
      i = this.code.varnames.length;
      this.code.varnames.push(n);
    }
    return i;
  }

  /** `self.X = ...` in a method: X joins the innermost enclosing class's __static_attributes__. */
  noteStaticAttr(name: string): void {
    for (let p = this.parent; p; p = p.parent) {
      if (p.code.kind === "class") return void p.staticAttrs.add(name);
    }
  }

  derefIndex(n: string): number {
    const i = this.code.cellvars.indexOf(n);
    return i >= 0 ? i : this.code.cellvars.length + this.code.freevars.indexOf(n);
  }

  finish(): Code {
    const c = this.code;
    c.lineStarts = new Uint8Array(c.ops.length);
    for (const i of this.lineStartList) if (i < c.ops.length) c.lineStarts[i] = 1;
    c.cellArgs = c.cellvars.map((n) => this.scope.params.indexOf(n));
    c.hasHandlers = c.ops.some((op) => op === Op.SETUP_EXCEPT || op === Op.SETUP_FINALLY);
    c.staticAttributes = [...this.staticAttrs].sort();
    return c;
  }
}
