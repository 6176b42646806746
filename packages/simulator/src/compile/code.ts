// A compiled code object: CPython-like bytecode for one function, class body or module.
import { type ConstValue } from "../parse/ast";

export interface Code {
  name: string;
  qualname: string;
  kind: "module" | "function" | "class" | "lambda" | "comprehension";
  /** Positional parameters, then keyword-only, then *args, then **kwargs: the co_varnames prefix. */
  argcount: number;
  kwonlycount: number;
  varargs: boolean;
  varkw: boolean;
  isGenerator: boolean;
  /** co_varnames: parameters first, then locals in order of first appearance (release order, rule 5). */
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  /** PEP 709: variables of inlined comprehensions, shown only while bound (as f_locals does). */
  hidden: string[];
  /** A class body's __static_attributes__ (3.13+): sorted names stored as `self.X` in its methods. */
  staticAttributes: string[];
  /** Parameters that are also cells: index into varnames for each cellvar, or -1. */
  cellArgs: number[];
  names: string[];
  consts: ConstValue[];
  /** Nested code objects (functions, lambdas, comprehensions, class bodies). */
  codes: Code[];
  ops: number[];
  args: number[];
  lines: number[];
  /** 1 where a new source line starts (a trace "line" event fires there). */
  lineStarts: Uint8Array;
  firstLine: number;
  /** Has SETUP_EXCEPT/SETUP_FINALLY: only such frames need block and handled-exception stacks. */
  hasHandlers: boolean;
  /**
   * The runtime's objects for `consts`, filled on first LOAD_CONST (see Runtime.constOf). Set to
   * null when the code is built, so that filling it does not change the object's shape (every
   * instruction reads code.ops and code.lineStarts; a second shape would make those reads slow).
   */
  constCache: { owner: object; objs: unknown[] } | null;
  /**
   * LOAD_ATTR's inline cache (vm/eval.ts ownAttr): at 2*pc the class last seen there, at 2*pc+1
   * that class's slot for the name. Null until first used, for the same reason as constCache.
   */
  attrCache: unknown[] | null;
}
