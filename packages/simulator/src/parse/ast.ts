// The typed AST the compiler consumes. Every node carries its 1-based source line so that
// line events, tracebacks and NotSupported messages point where CPython would.

export type Expr =
  | { k: "name"; line: number; id: string }
  | { k: "const"; line: number; value: ConstValue }
  | { k: "fstring"; line: number; parts: FPart[] }
  | { k: "binop"; line: number; op: string; left: Expr; right: Expr }
  | { k: "unary"; line: number; op: string; operand: Expr }
  | { k: "boolop"; line: number; op: "and" | "or"; left: Expr; right: Expr }
  | { k: "compare"; line: number; left: Expr; ops: string[]; rights: Expr[] }
  | { k: "call"; line: number; func: Expr; args: Arg[] }
  | { k: "attr"; line: number; obj: Expr; name: string }
  | { k: "subscript"; line: number; obj: Expr; index: Expr }
  | { k: "slice"; line: number; lower: Expr | null; upper: Expr | null; step: Expr | null }
  | { k: "tuple"; line: number; items: Expr[] }
  | { k: "list"; line: number; items: Expr[] }
  | { k: "set"; line: number; items: Expr[] }
  /** A null key marks `**mapping` unpacking (the value is the mapping). */
  | { k: "dict"; line: number; keys: (Expr | null)[]; values: Expr[] }
  | { k: "starred"; line: number; value: Expr }
  | { k: "ifexp"; line: number; test: Expr; body: Expr; orelse: Expr }
  | { k: "lambda"; line: number; params: Params; body: Expr }
  | { k: "comp"; line: number; kind: "list" | "set" | "dict" | "gen"; elt: Expr; value: Expr | null; gens: CompFor[] }
  | { k: "yield"; line: number; value: Expr | null };

export type ConstValue =
  | { t: "int"; v: bigint }
  | { t: "float"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "none" }
  | { t: "tuple"; items: ConstValue[] };

export type FPart = { s: string } | { e: Expr; conv: string | null; spec: FPart[] | null };

export interface Arg {
  kind: "pos" | "star" | "kw" | "dstar";
  name?: string;
  value: Expr;
}

export interface CompFor {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
}

export interface Param {
  name: string;
  default: Expr | null;
}

export interface Params {
  pos: Param[];
  vararg: string | null;
  kwonly: Param[];
  kwarg: string | null;
}

export interface Handler {
  line: number;
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

export type Stmt =
  | { k: "expr"; line: number; value: Expr }
  | { k: "assign"; line: number; targets: Expr[]; value: Expr }
  | { k: "augassign"; line: number; target: Expr; op: string; value: Expr }
  | { k: "if"; line: number; test: Expr; body: Stmt[]; orelse: Stmt[] }
  | { k: "while"; line: number; test: Expr; body: Stmt[]; orelse: Stmt[] }
  | { k: "for"; line: number; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
  | { k: "break"; line: number }
  | { k: "continue"; line: number }
  | { k: "pass"; line: number }
  | { k: "return"; line: number; value: Expr | null }
  | { k: "def"; line: number; name: string; params: Params; body: Stmt[]; decorators: Expr[] }
  | { k: "class"; line: number; name: string; bases: Expr[]; body: Stmt[]; decorators: Expr[] }
  | { k: "del"; line: number; targets: Expr[] }
  | { k: "global"; line: number; names: string[] }
  | { k: "nonlocal"; line: number; names: string[] }
  | { k: "import"; line: number; names: string[] }
  | { k: "raise"; line: number; exc: Expr | null; cause: Expr | null }
  | { k: "try"; line: number; body: Stmt[]; handlers: Handler[]; orelse: Stmt[]; finalbody: Stmt[] }
  | { k: "assert"; line: number; test: Expr; msg: Expr | null };

/** Thrown inside the parser/compiler only; converted to an error value at the API boundary. */
export class SourceError extends Error {
  constructor(
    public kind: "NotSupported" | "SyntaxError",
    message: string,
    public line: number,
    /** The Python exception class: SyntaxError, or its subclass IndentationError. */
    public pyType: "SyntaxError" | "IndentationError" = "SyntaxError",
  ) {
    super(message);
  }
}

export function notSupported(construct: string, line: number): never {
  throw new SourceError("NotSupported", `NotSupported: ${construct} (line ${line})`, line);
}

export function syntaxError(message: string, line: number): never {
  throw new SourceError("SyntaxError", message, line);
}
