// Lezer statement nodes -> typed AST statements, and the parse() entry point.
import { parser } from "@lezer/python";
import { type SyntaxNode } from "@lezer/common";
import { notSupported, syntaxError, type Expr, type Handler, type Stmt } from "./ast";
import { Ctx, kids, parts } from "./ctx";
import { args, emptyParams, expr, exprList, params } from "./expr";
import { checkBrackets, checkIndentation, findIndentError } from "./precheck";

export function parse(src: string): Stmt[] {
  const c = new Ctx(src);
  const starts = checkBrackets(src);
  const tree = parser.parse(src);
  // Lezer accepts some bad indentation silently; CPython reports whichever error comes first.
  const indentError = findIndentError(src, starts);
  try {
    checkErrors(c, tree.topNode, indentError?.line ?? Infinity);
  } catch (e) {
    checkIndentation(src); // prefer CPython's IndentationError when that is the cause
    throw e;
  }
  if (indentError) throw indentError;
  return block(c, tree.topNode);
}

/** Lezer recovers from errors silently; CPython refuses the whole file, so we do too. */
function checkErrors(c: Ctx, top: SyntaxNode, beforeLine: number): void {
  const cur = top.cursor();
  do {
    if (cur.name !== "⚠") continue;
    const parent = cur.node.parent;
    if (parent?.name === "YieldExpression" || parent?.name === "YieldStatement") continue; // bare `yield` quirk
    const line = c.line(cur.from);
    if (line >= beforeLine) return;
    // Lezer reads `{x:=^6}` (a spec with '=' alignment) as a walrus and gives up; CPython does not.
    if (parent?.name === "FormatReplacement" && c.src.startsWith(":=", cur.from)) notSupported("f-string format spec starting with '='", line);
    const lineText = c.src.split("\n")[line - 1] ?? "";
    if (/^\s*(if|elif|else|while|for|def|class|try|except|finally)\b[^:]*$/.test(lineText)) syntaxError("expected ':'", line);
    syntaxError("invalid syntax", line);
  } while (cur.next());
}

function block(c: Ctx, n: SyntaxNode): Stmt[] {
  const out: Stmt[] = [];
  for (const s of kids(n)) {
    if (s.name === "Comment" || s.name === ":" || s.name === ";") continue;
    if (s.name === "StatementGroup") out.push(...block(c, s));
    else out.push(stmt(c, s));
  }
  return out;
}

function body(c: Ctx, n: SyntaxNode | undefined, line: number): Stmt[] {
  if (!n || n.name !== "Body") syntaxError("expected an indented block", line);
  return block(c, n);
}

function stmt(c: Ctx, n: SyntaxNode): Stmt {
  const line = c.line(n.from);
  const p = parts(n);
  switch (n.name) {
    case "ExpressionStatement":
    case "YieldStatement":
      return { k: "expr", line, value: n.name === "YieldStatement" ? expr(c, yieldNode(n)) : exprList(c, p, line) };
    case "AssignStatement":
      return assign(c, n, line);
    case "UpdateStatement": {
      const op = c.text(p[1]!);
      return { k: "augassign", line, target: expr(c, p[0]!), op: op.slice(0, -1), value: exprList(c, p.slice(2), line) };
    }
    case "PassStatement":
      return { k: "pass", line };
    case "BreakStatement":
      return { k: "break", line };
    case "ContinueStatement":
      return { k: "continue", line };
    case "ReturnStatement":
      return { k: "return", line, value: p.length > 1 ? exprList(c, p.slice(1), line) : null };
    case "IfStatement":
      return ifStmt(c, p, line);
    case "WhileStatement": {
      const elseAt = p.findIndex((x) => x.name === "else");
      return { k: "while", line, test: expr(c, p[1]!), body: body(c, p[2], line), orelse: elseAt > 0 ? body(c, p[elseAt + 1], line) : [] };
    }
    case "ForStatement":
      return forStmt(c, n, p, line);
    case "FunctionDefinition":
      return funcDef(c, p, line, []);
    case "ClassDefinition":
      return classDef(c, p, line, []);
    case "DecoratedStatement":
      return decorated(c, p, line);
    case "DeleteStatement":
      return { k: "del", line, targets: p.slice(1).map((x) => expr(c, x)) };
    case "ScopeStatement": {
      const names = p.slice(1).map((x) => c.text(x));
      return p[0]!.name === "global" ? { k: "global", line, names } : { k: "nonlocal", line, names };
    }
    case "ImportStatement":
      return importStmt(c, p, line);
    case "RaiseStatement": {
      const fromAt = p.findIndex((x) => x.name === "from");
      const exc = p[1] && fromAt !== 1 ? expr(c, p[1]) : null;
      return { k: "raise", line, exc, cause: fromAt > 0 ? expr(c, p[fromAt + 1]!) : null };
    }
    case "TryStatement":
      return tryStmt(c, p, line);
    case "AssertStatement":
      return { k: "assert", line, test: expr(c, p[1]!), msg: p[2] ? expr(c, p[2]) : null };
    case "WithStatement":
      return notSupported("with statement", line);
    case "MatchStatement":
      return notSupported("match statement", line);
    default:
      return notSupported(n.name.replace(/Statement$/, " statement"), line);
  }
}

function yieldNode(n: SyntaxNode): SyntaxNode {
  return n;
}

function assign(c: Ctx, n: SyntaxNode, line: number): Stmt {
  const groups: SyntaxNode[][] = [[]];
  for (const x of kids(n)) {
    if (x.name === "Comment") continue;
    if (x.name === "TypeDef") notSupported("annotated assignment", line);
    if (x.name === "AssignOp") groups.push([]);
    else groups[groups.length - 1]!.push(x);
  }
  const value = targetList(c, groups.pop()!, line);
  return { k: "assign", line, targets: groups.map((g) => targetList(c, g, line)), value };
}

/** A comma list that may contain `*name` (starred targets or starred values). */
function targetList(c: Ctx, g: SyntaxNode[], line: number): Expr {
  const items: Expr[] = [];
  let trailingComma = false;
  for (let i = 0; i < g.length; i++) {
    const x = g[i]!;
    trailingComma = x.name === ",";
    if (x.name === ",") continue;
    if (x.name === "*") items.push({ k: "starred", line, value: expr(c, g[++i]!) });
    else items.push(expr(c, x));
  }
  if (items.length === 1 && !trailingComma && items[0]!.k !== "starred") return items[0]!;
  return { k: "tuple", line, items };
}

function ifStmt(c: Ctx, p: SyntaxNode[], line: number): Stmt {
  // p: if test Body (elif test Body)* (else Body)?
  const clauses: { test: Expr | null; body: Stmt[]; line: number }[] = [];
  for (let i = 0; i < p.length; ) {
    const kw = p[i]!.name;
    const l = c.line(p[i]!.from);
    if (kw === "else") {
      clauses.push({ test: null, body: body(c, p[i + 1], l), line: l });
      i += 2;
    } else {
      clauses.push({ test: expr(c, p[i + 1]!), body: body(c, p[i + 2], l), line: l });
      i += 3;
    }
  }
  let orelse: Stmt[] = [];
  for (let i = clauses.length - 1; i >= 0; i--) {
    const cl = clauses[i]!;
    if (cl.test === null) orelse = cl.body;
    else orelse = [{ k: "if", line: i === 0 ? line : cl.line, test: cl.test, body: cl.body, orelse }];
  }
  return orelse[0]!;
}

function forStmt(c: Ctx, n: SyntaxNode, p: SyntaxNode[], line: number): Stmt {
  if (p[0]!.name === "async") notSupported("async for", line);
  const k = kids(n).filter((x) => x.name !== "Comment");
  const inAt = k.findIndex((x) => x.name === "in");
  const bodyAt = k.findIndex((x) => x.name === "Body");
  const elseAt = k.findIndex((x) => x.name === "else");
  const target = targetList(c, k.slice(1, inAt), line);
  const iter = targetList(c, k.slice(inAt + 1, bodyAt), line);
  return { k: "for", line, target, iter, body: body(c, k[bodyAt], line), orelse: elseAt > 0 ? body(c, k[elseAt + 1], line) : [] };
}

function funcDef(c: Ctx, p: SyntaxNode[], line: number, decorators: Expr[]): Stmt {
  if (p[0]!.name === "async") notSupported("async def", line);
  const name = c.text(p[1]!);
  const pl = p.find((x) => x.name === "ParamList");
  const b = p.find((x) => x.name === "Body");
  return { k: "def", line, name, params: pl ? params(c, pl) : emptyParams(), body: body(c, b, line), decorators };
}

function classDef(c: Ctx, p: SyntaxNode[], line: number, decorators: Expr[]): Stmt {
  const name = c.text(p[1]!);
  const al = p.find((x) => x.name === "ArgList");
  const bases = al ? args(c, al) : [];
  if (bases.some((a) => a.kind !== "pos")) notSupported("class keywords (metaclass=...)", line);
  const b = p.find((x) => x.name === "Body");
  return { k: "class", line, name, bases: bases.map((a) => a.value), body: body(c, b, line), decorators };
}

function decorated(c: Ctx, p: SyntaxNode[], line: number): Stmt {
  const decs = p.filter((x) => x.name === "Decorator").map((d) => decoratorExpr(c, parts(d).filter((x) => x.name !== "At"), line));
  const def = p[p.length - 1]!;
  const dp = parts(def);
  const defLine = c.line(def.from);
  return def.name === "ClassDefinition" ? classDef(c, dp, defLine, decs) : funcDef(c, dp, defLine, decs);
}

/**
 * Lezer gives a decorator as a flat list: a name, then `.name` and `(args)` parts, as in
 * `@cache`, `@mod.attr` or `@repeat(2)`. Anything else is outside the subset.
 */
function decoratorExpr(c: Ctx, dp: SyntaxNode[], line: number): Expr {
  if (dp.length === 1) return expr(c, dp[0]!);
  if (dp[0]?.name !== "VariableName") notSupported("complex decorator", line);
  let e: Expr = { k: "name", line, id: c.text(dp[0]) };
  for (let i = 1; i < dp.length; i++) {
    const n = dp[i]!;
    if (n.name === "ArgList") e = { k: "call", line, func: e, args: args(c, n) };
    else if (n.name === "." && dp[i + 1]?.name === "VariableName") e = { k: "attr", line, obj: e, name: c.text(dp[++i]!) };
    else notSupported("complex decorator", line);
  }
  return e;
}

function importStmt(c: Ctx, p: SyntaxNode[], line: number): Stmt {
  if (p[0]!.name === "from") notSupported("from ... import", line);
  if (p.some((x) => x.name === "as")) notSupported("import ... as", line);
  const names = p.slice(1).map((x) => c.text(x));
  for (const m of names) if (m !== "gc" && m !== "sys") notSupported(`import ${m}`, line);
  return { k: "import", line, names };
}

function tryStmt(c: Ctx, p: SyntaxNode[], line: number): Stmt {
  const s: Extract<Stmt, { k: "try" }> = { k: "try", line, body: body(c, p[1], line), handlers: [], orelse: [], finalbody: [] };
  for (let i = 2; i < p.length; ) {
    const kw = p[i]!;
    const l = c.line(kw.from);
    if (kw.name === "except") {
      const h: Handler = { line: l, type: null, name: null, body: [] };
      let j = i + 1;
      if (p[j]?.name === "*") notSupported("except*", l);
      if (p[j] && p[j]!.name !== "Body") h.type = expr(c, p[j++]!);
      if (p[j]?.name === "as") {
        h.name = c.text(p[j + 1]!);
        j += 2;
      }
      h.body = body(c, p[j], l);
      s.handlers.push(h);
      i = j + 1;
    } else if (kw.name === "else") {
      s.orelse = body(c, p[i + 1], l);
      i += 2;
    } else if (kw.name === "finally") {
      s.finalbody = body(c, p[i + 1], l);
      i += 2;
    } else syntaxError("invalid syntax", l);
  }
  return s;
}
