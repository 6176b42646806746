// Lezer expression nodes -> typed AST expressions.
import { type SyntaxNode } from "@lezer/common";
import { notSupported, syntaxError, type Arg, type CompFor, type Expr, type FPart, type Params } from "./ast";
import { type Ctx, kids, parts } from "./ctx";
import { decodeEscapes, parseNumber, parseStringLiteral, splitLiteral } from "./strings";

export function expr(c: Ctx, n: SyntaxNode): Expr {
  const line = c.line(n.from);
  switch (n.name) {
    case "VariableName":
      return { k: "name", line, id: c.text(n) };
    case "Number":
      return { k: "const", line, value: parseNumber(c.text(n), line) };
    case "String":
      return { k: "const", line, value: { t: "str", v: parseStringLiteral(c.text(n), line) } };
    case "ContinuedString":
      return concatStrings(c, n, line);
    case "FormatString":
      return { k: "fstring", line, parts: fstring(c, n, line) };
    case "Boolean":
      return { k: "const", line, value: { t: "bool", v: c.text(n) === "True" } };
    case "None":
      return { k: "const", line, value: { t: "none" } };
    case "ParenthesizedExpression":
      return expr(c, one(c, n));
    case "BinaryExpression":
      return binary(c, n, line);
    case "UnaryExpression": {
      const [op, operand] = parts(n);
      const o = c.text(op!);
      return { k: "unary", line, op: o === "not" ? "not" : o, operand: expr(c, operand!) };
    }
    case "ConditionalExpression": {
      const p = parts(n).filter((x) => x.name !== "if" && x.name !== "else");
      return { k: "ifexp", line, body: expr(c, p[0]!), test: expr(c, p[1]!), orelse: expr(c, p[2]!) };
    }
    case "CallExpression": {
      const [f, argList] = parts(n);
      return { k: "call", line, func: expr(c, f!), args: argList ? args(c, argList) : [] };
    }
    case "MemberExpression":
      return member(c, n, line);
    case "TupleExpression":
      return { k: "tuple", line, items: seqItems(c, n) };
    case "ArrayExpression":
      return { k: "list", line, items: seqItems(c, n) };
    case "SetExpression":
      return { k: "set", line, items: seqItems(c, n) };
    case "DictionaryExpression":
      return dict(c, n, line);
    case "ArrayComprehensionExpression":
      return comp(c, n, "list", line);
    case "SetComprehensionExpression":
      return comp(c, n, "set", line);
    case "DictionaryComprehensionExpression":
      return comp(c, n, "dict", line);
    case "ComprehensionExpression":
      return comp(c, n, "gen", line);
    case "LambdaExpression": {
      const p = parts(n);
      const pl = p.find((x) => x.name === "ParamList");
      return { k: "lambda", line, params: pl ? params(c, pl) : emptyParams(), body: expr(c, p[p.length - 1]!) };
    }
    case "YieldStatement":
    case "YieldExpression": {
      const p = parts(n).filter((x) => x.name !== "yield" && !(x.name === "⚠" && x.from === x.to));
      if (p[0]?.name === "from") notSupported("yield from", line);
      return { k: "yield", line, value: p.length ? exprList(c, p, line) : null };
    }
    case "Ellipsis":
      return notSupported("Ellipsis", line);
    case "⚠":
      return syntaxError("invalid syntax", line);
    default:
      return notSupported(describe(n.name), line);
  }
}

function describe(name: string): string {
  const map: Record<string, string> = {
    AwaitExpression: "await", NamedExpression: "assignment expression (:=)", LambdaExpression: "lambda",
  };
  return map[name] ?? name.replace(/Expression$/, " expression");
}

function one(c: Ctx, n: SyntaxNode): SyntaxNode {
  const p = parts(n);
  if (p.length !== 1) syntaxError("invalid syntax", c.line(n.from));
  return p[0]!;
}

/** Several comma-separated expressions form a tuple (as in `return a, b`). */
export function exprList(c: Ctx, nodes: SyntaxNode[], line: number): Expr {
  const items = nodes.map((x) => starOrExpr(c, x, nodes));
  if (nodes.length === 1 && items[0]!.k !== "starred") return items[0]!;
  return { k: "tuple", line, items: items.filter((x): x is Expr => x !== null) };
}

function starOrExpr(c: Ctx, n: SyntaxNode, _all: SyntaxNode[]): Expr {
  return expr(c, n);
}

function seqItems(c: Ctx, n: SyntaxNode): Expr[] {
  const out: Expr[] = [];
  const k = kids(n);
  for (let i = 0; i < k.length; i++) {
    const x = k[i]!;
    if (x.name === "*") {
      out.push({ k: "starred", line: c.line(x.from), value: expr(c, k[++i]!) });
    } else if (!["(", ")", "[", "]", "{", "}", ",", "Comment"].includes(x.name)) out.push(expr(c, x));
  }
  return out;
}

function concatStrings(c: Ctx, n: SyntaxNode, line: number): Expr {
  const p = parts(n);
  if (p.some((x) => x.name === "FormatString")) {
    const all: FPart[] = [];
    for (const x of p) {
      if (x.name === "FormatString") all.push(...fstring(c, x, line));
      else all.push({ s: parseStringLiteral(c.text(x), line) });
    }
    return { k: "fstring", line, parts: all };
  }
  return { k: "const", line, value: { t: "str", v: p.map((x) => parseStringLiteral(c.text(x), line)).join("") } };
}

const COMPARE = new Set(["<", ">", "==", ">=", "<=", "!=", "in", "not in", "is", "is not"]);

function binary(c: Ctx, n: SyntaxNode, line: number): Expr {
  const k = kids(n).filter((x) => x.name !== "Comment");
  const left = k[0]!;
  const right = k[k.length - 1]!;
  const op = k.slice(1, -1).map((x) => c.text(x)).join(" ").replace(/\s+/g, " ");
  if (op === "and" || op === "or") return { k: "boolop", line, op, left: expr(c, left), right: expr(c, right) };
  if (COMPARE.has(op)) {
    const l = expr(c, left);
    const r = expr(c, right);
    // a < b < c parses left-nested; CPython treats it as one chained comparison.
    if (l.k === "compare" && left.name === "BinaryExpression") {
      return { ...l, ops: [...l.ops, op], rights: [...l.rights, r] };
    }
    return { k: "compare", line, left: l, ops: [op], rights: [r] };
  }
  if (op === "@") notSupported("matrix multiplication (@)", line);
  return { k: "binop", line, op, left: expr(c, left), right: expr(c, right) };
}

function member(c: Ctx, n: SyntaxNode, line: number): Expr {
  const k = kids(n);
  const obj = expr(c, k[0]!);
  if (k[1]?.name === ".") return { k: "attr", line, obj, name: c.text(k[2]!) };
  // Subscript: the tokens between [ and ] are expressions and colons.
  const inner = k.slice(2, -1).filter((x) => x.name !== "Comment");
  const groups: SyntaxNode[][] = [[]];
  for (const x of inner) {
    if (x.name === ",") groups.push([]);
    else groups[groups.length - 1]!.push(x);
  }
  if (groups.length > 1 && groups[groups.length - 1]!.length === 0) groups.pop();
  const items = groups.map((g) => subscriptItem(c, g, line));
  const index = items.length === 1 && inner.every((x) => x.name !== ",") ? items[0]! : { k: "tuple" as const, line, items };
  return { k: "subscript", line, obj, index };
}

function subscriptItem(c: Ctx, g: SyntaxNode[], line: number): Expr {
  if (!g.some((x) => x.name === ":")) {
    if (g.length !== 1) syntaxError("invalid syntax", line);
    return expr(c, g[0]!);
  }
  const slots: (Expr | null)[] = [null];
  for (const x of g) {
    if (x.name === ":") slots.push(null);
    else slots[slots.length - 1] = expr(c, x);
  }
  return { k: "slice", line, lower: slots[0] ?? null, upper: slots[1] ?? null, step: slots[2] ?? null };
}

function dict(c: Ctx, n: SyntaxNode, line: number): Expr {
  const keys: (Expr | null)[] = [];
  const values: Expr[] = [];
  const k = kids(n).filter((x) => !["{", "}", ",", "Comment"].includes(x.name));
  for (let i = 0; i < k.length; i++) {
    if (k[i]!.name === "**") {
      keys.push(null);
      values.push(expr(c, k[++i]!));
      continue;
    }
    keys.push(expr(c, k[i]!));
    if (k[i + 1]?.name !== ":") syntaxError("':' expected after dictionary key", line);
    values.push(expr(c, k[i + 2]!));
    i += 2;
  }
  return { k: "dict", line, keys, values };
}

function comp(c: Ctx, n: SyntaxNode, kind: "list" | "set" | "dict" | "gen", line: number): Expr {
  const k = kids(n).filter((x) => !["(", ")", "[", "]", "{", "}", "Comment"].includes(x.name));
  const forAt = k.findIndex((x) => x.name === "for");
  const head = k.slice(0, forAt).filter((x) => x.name !== ":");
  const elt = expr(c, head[0]!);
  const value = kind === "dict" ? expr(c, head[1]!) : null;
  return { k: "comp", line, kind, elt, value, gens: compFors(c, k.slice(forAt), line) };
}

/** `for a, b in xs if p for ...` clauses, as shared by comprehensions and generator arguments. */
export function compFors(c: Ctx, k: SyntaxNode[], line: number): CompFor[] {
  const gens: CompFor[] = [];
  let i = 0;
  while (i < k.length) {
    const kw = k[i]!.name;
    if (kw === "async") notSupported("async comprehension", line);
    if (kw === "for") {
      const inAt = k.findIndex((x, j) => j > i && x.name === "in");
      const targets = k.slice(i + 1, inAt).filter((x) => x.name !== ",");
      let end = inAt + 1;
      while (end < k.length && k[end]!.name !== "for" && k[end]!.name !== "if") end++;
      const target = targets.length === 1 ? expr(c, targets[0]!) : { k: "tuple" as const, line, items: targets.map((x) => expr(c, x)) };
      gens.push({ target, iter: exprList(c, k.slice(inAt + 1, end).filter((x) => x.name !== ","), line), ifs: [] });
      i = end;
    } else if (kw === "if") {
      gens[gens.length - 1]!.ifs.push(expr(c, k[i + 1]!));
      i += 2;
    } else i++;
  }
  return gens;
}

export function args(c: Ctx, n: SyntaxNode): Arg[] {
  const k = kids(n).filter((x) => !["(", ")", "Comment"].includes(x.name));
  if (k.some((x) => x.name === "for")) {
    const line = c.line(n.from);
    const forAt = k.findIndex((x) => x.name === "for");
    return [{ kind: "pos", value: { k: "comp", line, kind: "gen", elt: expr(c, k[0]!), value: null, gens: compFors(c, k.slice(forAt), line) } }];
  }
  const out: Arg[] = [];
  for (let i = 0; i < k.length; i++) {
    const x = k[i]!;
    if (x.name === ",") continue;
    if (x.name === "*" || x.name === "**") {
      out.push({ kind: x.name === "*" ? "star" : "dstar", value: expr(c, k[++i]!) });
    } else if (k[i + 1]?.name === "AssignOp") {
      out.push({ kind: "kw", name: c.text(x), value: expr(c, k[i + 2]!) });
      i += 2;
    } else out.push({ kind: "pos", value: expr(c, x) });
  }
  return out;
}

export function emptyParams(): Params {
  return { pos: [], vararg: null, kwonly: [], kwarg: null };
}

export function params(c: Ctx, n: SyntaxNode): Params {
  const p = emptyParams();
  const k = kids(n).filter((x) => !["(", ")", "Comment"].includes(x.name));
  let star = false;
  for (let i = 0; i < k.length; i++) {
    const x = k[i]!;
    const line = c.line(x.from);
    if (x.name === ",") continue;
    if (x.name === "*" || x.name === "**") {
      const next = k[i + 1];
      if (x.name === "**") p.kwarg = c.text(k[++i]!);
      else if (next?.name === "VariableName") p.vararg = c.text(k[++i]!);
      star = true;
    } else if (x.name === "VariableName") {
      let def: Expr | null = null;
      if (k[i + 1]?.name === "AssignOp") {
        def = expr(c, k[i + 2]!);
        i += 2;
      }
      if (k[i + 1]?.name === "TypeDef") i++;
      (star ? p.kwonly : p.pos).push({ name: c.text(x), default: def });
    } else if (x.name === "/") notSupported("positional-only parameters", line);
    else if (x.name === "TypeDef") continue;
    else syntaxError("invalid syntax", line);
  }
  return p;
}

/** f"..." -> literal and replacement parts; the replacement expressions come from lezer's nodes. */
function fstring(c: Ctx, n: SyntaxNode, line: number): FPart[] {
  const { prefix } = splitLiteral(c.text(n), line);
  const raw = prefix.includes("r");
  const quoteLen = /^[A-Za-z]*('''|""")/.test(c.text(n)) ? 3 : 1;
  const start = n.from + prefix.length + quoteLen;
  const end = n.to - quoteLen;
  return fparts(c, n, start, end, raw, line);
}

function fparts(c: Ctx, n: SyntaxNode, start: number, end: number, raw: boolean, line: number): FPart[] {
  const out: FPart[] = [];
  let pos = start;
  const lit = (to: number) => {
    if (to > pos) out.push({ s: decodeEscapes(c.src.slice(pos, to).replace(/\{\{/g, "{").replace(/\}\}/g, "}"), raw, line) });
  };
  for (const r of kids(n).filter((x) => x.name === "FormatReplacement")) {
    lit(r.from);
    out.push(...replacement(c, r, raw, line));
    pos = r.to;
  }
  lit(end);
  return out;
}

function replacement(c: Ctx, r: SyntaxNode, raw: boolean, line: number): FPart[] {
  const k = kids(r).filter((x) => !["{", "}", "Comment"].includes(x.name));
  const selfDoc = k.find((x) => x.name === "FormatSelfDoc");
  const exprs = k.filter((x) => !["FormatConversion", "FormatSpec", "FormatSelfDoc", ","].includes(x.name));
  const conv = k.find((x) => x.name === "FormatConversion");
  const specNode = k.find((x) => x.name === "FormatSpec");
  if (exprs.some((x) => x.name === "=" || x.name === "AssignOp")) notSupported("f-string '=' specifier", line);
  const e = exprList(c, exprs, line);
  const spec = specNode ? fparts(c, specNode, specNode.from + 1, specNode.to, raw, line) : null;
  const part: FPart = { e, conv: conv ? c.text(conv).slice(1) : null, spec };
  if (!selfDoc) return [part];
  // f"{expr = }": the expression's text as written (spaces kept), then its repr, or its
  // format() when a spec is given and no conversion is.
  const docEnd = conv?.from ?? specNode?.from ?? r.to - 1;
  if (!conv && !spec) part.conv = "r";
  return [{ s: c.src.slice(r.from + 1, docEnd) }, part];
}
