// Scope analysis: which names are fast locals, cells, free (closure) variables or globals.
import { notSupported, syntaxError, type CompFor, type Expr, type Params, type Stmt } from "../parse/ast";

export type ScopeKind = "module" | "function" | "class" | "comprehension";

export class Scope {
  assigned = new Set<string>();
  used = new Set<string>();
  globals = new Set<string>();
  nonlocals = new Set<string>();
  cells = new Set<string>();
  frees = new Set<string>();
  children = new Map<object, Scope>();
  params: string[] = [];
  isGenerator = false;
  /** PEP 709: a list/set/dict comprehension compiled into its enclosing code object. */
  inlined = false;
  /** Whether comprehensions are inlined (the version profile), handed down to child scopes. */
  inlineComps = false;
  /** Names only inlined comprehensions bind: hidden fast locals (or cells) of this code object. */
  hidden = new Set<string>();
  constructor(
    public kind: ScopeKind,
    public parent: Scope | null,
  ) {}
  /** How a name is accessed inside this scope. */
  access(name: string): "fast" | "deref" | "global" | "name" {
    if (this.kind === "module") return "name";
    if (this.globals.has(name)) return "global";
    if (this.cells.has(name) || this.frees.has(name)) return "deref";
    if (this.kind === "class") return "name";
    if (this.assigned.has(name)) return "fast";
    return "global";
  }
}

export function buildScopes(body: Stmt[], inlineComps = false): Scope {
  const top = new Scope("module", null);
  top.inlineComps = inlineComps;
  for (const s of body) visitStmt(top, s);
  resolve(top);
  if (inlineComps) hoistInlined(top);
  return top;
}

function child(parent: Scope, node: object, kind: ScopeKind): Scope {
  const s = new Scope(kind, parent);
  s.inlineComps = parent.inlineComps;
  parent.children.set(node, s);
  return s;
}

function bindTarget(sc: Scope, e: Expr): void {
  if (e.k === "name") sc.assigned.add(e.id);
  else if (e.k === "tuple" || e.k === "list") e.items.forEach((x) => bindTarget(sc, x));
  else if (e.k === "starred") bindTarget(sc, e.value);
  else visitExpr(sc, e);
}

function visitParams(sc: Scope, outer: Scope, p: Params): void {
  for (const x of [...p.pos, ...p.kwonly]) if (x.default) visitExpr(outer, x.default);
  const names = [...p.pos.map((x) => x.name), ...p.kwonly.map((x) => x.name)];
  if (p.vararg) names.push(p.vararg);
  if (p.kwarg) names.push(p.kwarg);
  sc.params = names;
  names.forEach((n) => sc.assigned.add(n));
}

function visitStmt(sc: Scope, s: Stmt): void {
  switch (s.k) {
    case "expr": return visitExpr(sc, s.value);
    case "assign": visitExpr(sc, s.value); return s.targets.forEach((t) => bindTarget(sc, t));
    case "augassign":
      visitExpr(sc, s.value);
      if (s.target.k === "name") sc.used.add(s.target.id);
      return bindTarget(sc, s.target);
    case "if": case "while":
      visitExpr(sc, s.test);
      return [...s.body, ...s.orelse].forEach((x) => visitStmt(sc, x));
    case "for":
      visitExpr(sc, s.iter);
      bindTarget(sc, s.target);
      return [...s.body, ...s.orelse].forEach((x) => visitStmt(sc, x));
    case "return": if (s.value) visitExpr(sc, s.value); return;
    case "def": {
      s.decorators.forEach((d) => visitExpr(sc, d));
      const f = child(sc, s, "function");
      visitParams(f, sc, s.params);
      s.body.forEach((x) => visitStmt(f, x));
      sc.assigned.add(s.name);
      return;
    }
    case "class": {
      s.decorators.forEach((d) => visitExpr(sc, d));
      s.bases.forEach((b) => visitExpr(sc, b));
      const c = child(sc, s, "class");
      s.body.forEach((x) => visitStmt(c, x));
      sc.assigned.add(s.name);
      return;
    }
    case "del": return s.targets.forEach((t) => bindTarget(sc, t));
    case "global": case "nonlocal":
      for (const n of s.names) {
        if (sc.kind === "module" && s.k === "nonlocal") syntaxError("nonlocal declaration not allowed at module level", s.line);
        if (sc.assigned.has(n) || sc.used.has(n)) {
          syntaxError(`name '${n}' is ${sc.params.includes(n) ? "parameter" : "assigned to"} before ${s.k} declaration`, s.line);
        }
        (s.k === "global" ? sc.globals : sc.nonlocals).add(n);
      }
      return;
    case "import": return s.names.forEach((n) => sc.assigned.add(n));
    case "raise": if (s.exc) visitExpr(sc, s.exc); if (s.cause) visitExpr(sc, s.cause); return;
    case "try":
      s.body.forEach((x) => visitStmt(sc, x));
      for (const h of s.handlers) {
        if (h.type) visitExpr(sc, h.type);
        if (h.name) sc.assigned.add(h.name);
        h.body.forEach((x) => visitStmt(sc, x));
      }
      return [...s.orelse, ...s.finalbody].forEach((x) => visitStmt(sc, x));
    case "assert": visitExpr(sc, s.test); if (s.msg) visitExpr(sc, s.msg); return;
    default: return;
  }
}

function visitComp(sc: Scope, e: Extract<Expr, { k: "comp" }>): void {
  visitExpr(sc, e.gens[0]!.iter); // the first iterable is evaluated in the enclosing scope
  const c = child(sc, e, "comprehension");
  c.params = [".0"];
  c.assigned.add(".0");
  c.isGenerator = e.kind === "gen";
  c.inlined = c.inlineComps && e.kind !== "gen";
  e.gens.forEach((g: CompFor, i) => {
    if (i > 0) visitExpr(c, g.iter);
    bindTarget(c, g.target);
    g.ifs.forEach((x) => visitExpr(c, x));
  });
  visitExpr(c, e.elt);
  if (e.value) visitExpr(c, e.value);
}

function visitExpr(sc: Scope, e: Expr): void {
  switch (e.k) {
    case "name": sc.used.add(e.id); return;
    case "const": return;
    case "fstring":
      for (const p of e.parts) if ("e" in p) { visitExpr(sc, p.e); p.spec?.forEach((q) => "e" in q && visitExpr(sc, q.e)); }
      return;
    case "binop": case "boolop": visitExpr(sc, e.left); return visitExpr(sc, e.right);
    case "unary": return visitExpr(sc, e.operand);
    case "compare": visitExpr(sc, e.left); return e.rights.forEach((x) => visitExpr(sc, x));
    case "call": visitExpr(sc, e.func); return e.args.forEach((a) => visitExpr(sc, a.value));
    case "attr": return visitExpr(sc, e.obj);
    case "subscript": visitExpr(sc, e.obj); return visitExpr(sc, e.index);
    case "slice": for (const x of [e.lower, e.upper, e.step]) if (x) visitExpr(sc, x); return;
    case "tuple": case "list": case "set": return e.items.forEach((x) => visitExpr(sc, x));
    case "dict": e.keys.forEach((x) => x && visitExpr(sc, x)); return e.values.forEach((x) => visitExpr(sc, x));
    case "starred": return visitExpr(sc, e.value);
    case "ifexp": visitExpr(sc, e.test); visitExpr(sc, e.body); return visitExpr(sc, e.orelse);
    case "lambda": {
      const f = child(sc, e, "function");
      visitParams(f, sc, e.params);
      return visitExpr(f, e.body);
    }
    case "comp": return visitComp(sc, e);
    case "yield":
      if (sc.kind !== "function") {
        if (sc.kind === "comprehension") notSupported("yield inside a comprehension", e.line);
        syntaxError("'yield' outside function", e.line);
      }
      sc.isGenerator = true;
      if (e.value) visitExpr(sc, e.value);
      return;
  }
}

/** Marks free variables and the cells that provide them, walking enclosing function scopes. */
function resolve(sc: Scope): void {
  for (const ch of sc.children.values()) resolve(ch);
  if (sc.kind === "module") return;
  const wanted = new Set<string>([...sc.nonlocals]);
  for (const n of sc.used) if (!sc.assigned.has(n) && !sc.globals.has(n)) wanted.add(n);
  for (const ch of sc.children.values()) for (const n of ch.frees) if (!sc.assigned.has(n) || sc.nonlocals.has(n)) wanted.add(n);
  for (const n of wanted) {
    const owner = findOwner(sc.parent, n);
    if (!owner) {
      if (sc.nonlocals.has(n)) syntaxError(`no binding for nonlocal '${n}' found`, 0);
      continue;
    }
    sc.frees.add(n);
    sc.assigned.delete(n);
    owner.cells.add(n);
  }
  for (const ch of sc.children.values()) for (const n of ch.frees) if (sc.assigned.has(n) && !sc.nonlocals.has(n)) sc.cells.add(n);
}

function findOwner(sc: Scope | null, n: string): Scope | null {
  for (let s = sc; s; s = s.parent) {
    if (s.kind === "module") return null;
    if (s.kind === "class") continue;
    if (s.globals.has(n)) return null;
    if (s.assigned.has(n) && !s.nonlocals.has(n)) return s;
  }
  return null;
}

/** The names an inlined comprehension binds, in the order CPython saves them (symbol order). */
export function compBound(comp: Scope): string[] {
  return [...comp.assigned].filter((n) => !comp.params.includes(n));
}

/**
 * PEP 709: an inlined comprehension's names move into the code object that runs it. A local of
 * the enclosing function that only the comprehension read stops being a cell (it is read
 * directly now); a comprehension variable that a nested function captures becomes a cell of the
 * enclosing code object; the others become hidden fast locals.
 */
function hoistInlined(sc: Scope): void {
  for (const ch of sc.children.values()) hoistInlined(ch);
  if (sc.inlined) return;
  const compCells = new Set<string>();
  const needed = needs(sc, sc, compCells);
  if (sc.kind !== "function") return;
  for (const n of [...sc.cells]) if (!needed.has(n) && !compCells.has(n)) sc.cells.delete(n);
}

/**
 * The free names that real (not inlined) scopes below `sc` need, seen through the inlined
 * comprehensions in between: those bind their own names, which become hidden locals of `root`,
 * and cells of `root` when a nested function captures them.
 */
function needs(root: Scope, sc: Scope, compCells: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const ch of sc.children.values()) {
    if (!ch.inlined) {
      for (const n of ch.frees) out.add(n);
      continue;
    }
    const inner = needs(root, ch, compCells);
    const bound = compBound(ch);
    ch.cells = new Set(bound.filter((n) => inner.has(n)));
    for (const n of bound) {
      inner.delete(n);
      if (root.kind !== "function" || !root.assigned.has(n)) root.hidden.add(n);
      if (!ch.cells.has(n)) continue;
      root.cells.add(n);
      compCells.add(n);
    }
    for (const n of inner) out.add(n);
  }
  return out;
}

/** How the enclosing code object reaches the names of a comprehension inlined into it. */
export class InlinedScope extends Scope {
  constructor(
    private comp: Scope,
    private outer: Scope,
  ) {
    super("comprehension", outer);
    this.children = comp.children;
  }
  override access(name: string): "fast" | "deref" | "global" | "name" {
    if (this.comp.assigned.has(name) && !this.comp.params.includes(name)) return this.comp.cells.has(name) ? "deref" : "fast";
    // A class body's or the module's own names are not visible inside a comprehension.
    if (this.outer.kind === "module" || this.outer.kind === "class") return this.comp.access(name);
    return this.outer.access(name);
  }
}
