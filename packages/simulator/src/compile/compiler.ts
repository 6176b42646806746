// Statements, functions, classes and comprehensions -> code objects.
import { notSupported, syntaxError, type Expr, type Params, type Stmt } from "../parse/ast";
import { type Code } from "./code";
import { compileExpr, loadName, storeName, type ExprCompiler } from "./cexpr";
import { MF_CLOSURE, MF_DEFAULTS, MF_KWDEFAULTS, Op } from "./ops";
import { compileTry } from "./ctry";
import { buildScopes, type Scope } from "./symtable";
import { compileInlinedComp, storedInlinedComp } from "./cinline";
import { Unit } from "./unit";

/** `inlineComprehensions`: PEP 709, from the version profile. */
export function compileModule(body: Stmt[], inlineComprehensions = false): Code {
  const top = buildScopes(body, inlineComprehensions);
  const c = new Compiler();
  const u = new Unit(top, "<module>", "<module>", "module", 1);
  c.block(u, body);
  u.emit(Op.LOAD_CONST, u.constIdx({ t: "none" }));
  u.emit(Op.RETURN_VALUE);
  return u.finish();
}

export class Compiler implements ExprCompiler {
  expr(u: Unit, e: Expr): void {
    compileExpr(this, u, e);
  }

  block(u: Unit, body: Stmt[]): void {
    for (const s of body) this.stmt(u, s);
  }

  stmt(u: Unit, s: Stmt): void {
    u.startLine(s.line);
    switch (s.k) {
      case "expr":
        this.expr(u, s.value);
        return void u.emit(Op.POP_TOP);
      case "assign": {
        const fast = storedInlinedComp(u, s);
        if (fast !== null) return compileInlinedComp(this, u, s.value as Extract<Expr, { k: "comp" }>, fast);
        this.expr(u, s.value);
        s.targets.forEach((t, i) => {
          if (i < s.targets.length - 1) u.emit(Op.DUP_TOP);
          this.store(u, t);
        });
        return;
      }
      case "augassign": return this.augassign(u, s);
      case "if": {
        this.expr(u, s.test);
        const jf = u.emit(Op.POP_JUMP_IF_FALSE);
        this.block(u, s.body);
        if (s.orelse.length === 0) return u.patch(jf);
        const je = u.emit(Op.JUMP);
        u.patch(jf);
        this.block(u, s.orelse);
        return u.patch(je);
      }
      case "while": return this.whileLoop(u, s);
      case "for": return this.forLoop(u, s);
      case "break": case "continue": return this.loopExit(u, s.k, s.line);
      case "pass": return void u.emit(Op.NOP);
      case "return": {
        if (u.code.kind !== "function" && u.code.kind !== "lambda") syntaxError("'return' outside function", s.line);
        if (s.value) this.expr(u, s.value);
        else u.emit(Op.LOAD_CONST, u.constIdx({ t: "none" }));
        this.unwindAll(u, true);
        u.setLine(s.line);
        return void u.emit(Op.RETURN_VALUE);
      }
      case "def": return this.funcDef(u, s);
      case "class": return this.classDef(u, s);
      case "del": return s.targets.forEach((t) => this.del(u, t));
      case "global": case "nonlocal": return void u.emit(Op.NOP);
      case "import":
        for (const n of s.names) {
          u.emit(Op.IMPORT, u.nameIdx(n));
          storeName(u, n);
        }
        return;
      case "raise":
        if (s.exc) this.expr(u, s.exc);
        if (s.cause) this.expr(u, s.cause);
        u.setLine(s.line);
        return void u.emit(Op.RAISE, s.exc ? (s.cause ? 2 : 1) : 0);
      case "try": return compileTry(this, u, s);
      case "assert": {
        this.expr(u, s.test);
        const j = u.emit(Op.POP_JUMP_IF_TRUE);
        u.emit(Op.LOAD_ASSERTION_ERROR);
        if (s.msg) {
          this.expr(u, s.msg);
          u.emit(Op.CALL, 1);
        }
        u.emit(Op.RAISE, 1);
        return u.patch(j);
      }
    }
  }

  store(u: Unit, t: Expr): void {
    switch (t.k) {
      case "name": return storeName(u, t.id);
      case "attr":
        if (t.obj.k === "name" && t.obj.id === "self") u.noteStaticAttr(t.name);
        this.expr(u, t.obj);
        return void u.emit(Op.STORE_ATTR, u.nameIdx(t.name));
      case "subscript":
        this.expr(u, t.obj);
        this.expr(u, t.index);
        return void u.emit(Op.STORE_SUBSCR);
      case "tuple": case "list": {
        const star = t.items.findIndex((x) => x.k === "starred");
        if (star >= 0) u.emit(Op.UNPACK_EX, star | ((t.items.length - star - 1) << 8));
        else u.emit(Op.UNPACK_SEQUENCE, t.items.length);
        return t.items.forEach((x) => this.store(u, x.k === "starred" ? x.value : x));
      }
      case "starred": return syntaxError("starred assignment target must be in a list or tuple", t.line);
      default: return syntaxError(`cannot assign to ${describeTarget(t)}`, t.line);
    }
  }

  private del(u: Unit, t: Expr): void {
    switch (t.k) {
      case "name": return storeName(u, t.id, true);
      case "attr":
        this.expr(u, t.obj);
        return void u.emit(Op.DELETE_ATTR, u.nameIdx(t.name));
      case "subscript":
        this.expr(u, t.obj);
        this.expr(u, t.index);
        return void u.emit(Op.DELETE_SUBSCR);
      case "tuple": case "list": return t.items.forEach((x) => this.del(u, x));
      default: return syntaxError(`cannot delete ${describeTarget(t)}`, t.line);
    }
  }

  private augassign(u: Unit, s: Extract<Stmt, { k: "augassign" }>): void {
    const t = s.target;
    const op = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"].indexOf(s.op);
    if (t.k === "name") {
      loadName(u, t.id);
      this.expr(u, s.value);
      u.emit(Op.INPLACE_OP, op);
      return storeName(u, t.id);
    }
    if (t.k === "attr") {
      this.expr(u, t.obj);
      u.emit(Op.DUP_TOP);
      u.emit(Op.LOAD_ATTR, u.nameIdx(t.name));
      this.expr(u, s.value);
      u.emit(Op.INPLACE_OP, op);
      u.emit(Op.ROT_TWO);
      return void u.emit(Op.STORE_ATTR, u.nameIdx(t.name));
    }
    if (t.k === "subscript") {
      this.expr(u, t.obj);
      this.expr(u, t.index);
      u.emit(Op.DUP_TOP_TWO);
      u.emit(Op.BINARY_SUBSCR);
      this.expr(u, s.value);
      u.emit(Op.INPLACE_OP, op);
      u.emit(Op.ROT_THREE);
      return void u.emit(Op.STORE_SUBSCR);
    }
    syntaxError(`'${describeTarget(t)}' is an illegal expression for augmented assignment`, s.line);
  }

  private whileLoop(u: Unit, s: Extract<Stmt, { k: "while" }>): void {
    const top = u.here;
    this.expr(u, s.test);
    const exit = u.emit(Op.POP_JUMP_IF_FALSE);
    this.loopRest(u, s, top, exit, false);
  }

  private forLoop(u: Unit, s: Extract<Stmt, { k: "for" }>): void {
    this.expr(u, s.iter);
    u.emit(Op.GET_ITER);
    u.startLine(s.line);
    const top = u.emit(Op.FOR_ITER);
    this.store(u, s.target);
    // FOR_ITER itself jumps out when the iterator is exhausted.
    this.loopRest(u, s, top, top, true);
  }

  /** A loop's body, its jump back to `top`, the exit jump landing on `else`, and breaks past it. */
  private loopRest(u: Unit, s: { line: number; body: Stmt[]; orelse: Stmt[] }, top: number, exit: number, isFor: boolean): void {
    const fb = { kind: "loop" as const, continueTo: top, breaks: [] as number[], isFor };
    u.fblocks.push(fb);
    this.block(u, s.body);
    u.fblocks.pop();
    u.setLine(s.line);
    u.emit(Op.JUMP, top);
    u.patch(exit);
    this.block(u, s.orelse);
    for (const b of fb.breaks) u.patch(b);
  }

  private loopExit(u: Unit, kind: "break" | "continue", line: number): void {
    for (let i = u.fblocks.length - 1; i >= 0; i--) {
      const fb = u.fblocks[i]!;
      if (fb.kind === "loop") {
        if (kind === "continue") return void u.emit(Op.JUMP, fb.continueTo);
        if (fb.isFor) u.emit(Op.POP_TOP);
        fb.breaks.push(u.emit(Op.JUMP));
        return;
      }
      this.unwindOne(u, fb, false);
    }
    syntaxError(`'${kind}' outside loop`, line);
  }

  /** Leaves every enclosing block before `return` (the return value stays on top). */
  private unwindAll(u: Unit, hasValue: boolean): void {
    for (let i = u.fblocks.length - 1; i >= 0; i--) {
      const fb = u.fblocks[i]!;
      if (fb.kind === "loop") {
        if (fb.isFor) u.emit(hasValue ? Op.POP_UNDER : Op.POP_TOP);
      } else this.unwindOne(u, fb, hasValue);
    }
  }

  unwindOne(u: Unit, fb: Unit["fblocks"][number], _hasValue: boolean): void {
    if (fb.kind === "try") u.emit(Op.POP_BLOCK);
    else if (fb.kind === "finally") {
      u.emit(Op.POP_BLOCK);
      const saved = u.fblocks;
      u.fblocks = saved.slice(0, saved.indexOf(fb));
      this.block(u, fb.body);
      u.fblocks = saved;
    } else if (fb.kind === "handler") {
      if (fb.name) u.emit(Op.POP_BLOCK);
      u.emit(Op.POP_EXCEPT);
      if (fb.name) {
        u.emit(Op.LOAD_CONST, u.constIdx({ t: "none" }));
        storeName(u, fb.name);
        storeName(u, fb.name, true);
      }
    }
  }

  private makeFunction(u: Unit, code: Code, scope: Scope, params: Params | null): void {
    let flags = 0;
    if (params) {
      const defs = params.pos.filter((p) => p.default);
      if (defs.length) {
        defs.forEach((p) => this.expr(u, p.default!));
        u.emit(Op.BUILD_TUPLE, defs.length);
        flags |= MF_DEFAULTS;
      }
      const kwd = params.kwonly.filter((p) => p.default);
      if (kwd.length) {
        kwd.forEach((p) => {
          u.emit(Op.LOAD_CONST, u.constIdx({ t: "str", v: p.name }));
          this.expr(u, p.default!);
        });
        u.emit(Op.BUILD_MAP, kwd.length);
        flags |= MF_KWDEFAULTS;
      }
    }
    if (scope.frees.size) {
      for (const n of code.freevars) u.emit(Op.LOAD_CLOSURE, u.derefIndex(n));
      u.emit(Op.BUILD_TUPLE, code.freevars.length);
      flags |= MF_CLOSURE;
    }
    u.code.codes.push(code);
    u.emit(Op.MAKE_FUNCTION, (u.code.codes.length - 1) | (flags << 16));
  }

  private funcUnit(u: Unit, node: object, name: string, kind: Code["kind"], line: number, params: Params): Unit {
    const scope = u.scope.children.get(node)!;
    const qual = u.code.kind === "module" ? name : u.code.kind === "class" ? `${u.code.qualname}.${name}` : `${u.code.qualname}.<locals>.${name}`;
    const f = new Unit(scope, name, qual, kind, line);
    f.parent = u;
    f.code.argcount = params.pos.length;
    f.code.kwonlycount = params.kwonly.length;
    f.code.varargs = params.vararg !== null;
    f.code.varkw = params.kwarg !== null;
    return f;
  }

  private funcDef(u: Unit, s: Extract<Stmt, { k: "def" }>): void {
    s.decorators.forEach((d) => this.expr(u, d));
    const f = this.funcUnit(u, s, s.name, "function", s.line, s.params);
    this.block(f, s.body);
    f.emit(Op.LOAD_CONST, f.constIdx({ t: "none" }));
    f.emit(Op.RETURN_VALUE);
    u.setLine(s.line);
    this.makeFunction(u, f.finish(), f.scope, s.params);
    s.decorators.forEach(() => u.emit(Op.CALL, 1));
    storeName(u, s.name);
  }

  compileLambda(u: Unit, e: Extract<Expr, { k: "lambda" }>): void {
    const f = this.funcUnit(u, e, "<lambda>", "lambda", e.line, e.params);
    compileExpr(this, f, e.body);
    f.emit(Op.RETURN_VALUE);
    this.makeFunction(u, f.finish(), f.scope, e.params);
  }

  compileComp(u: Unit, e: Extract<Expr, { k: "comp" }>): void {
    if (u.scope.children.get(e)!.inlined) return compileInlinedComp(this, u, e);
    const names = { list: "<listcomp>", set: "<setcomp>", dict: "<dictcomp>", gen: "<genexpr>" };
    const params: Params = { pos: [{ name: ".0", default: null }], vararg: null, kwonly: [], kwarg: null };
    const f = this.funcUnit(u, e, names[e.kind], "comprehension", e.line, params);
    if (e.kind !== "gen") f.emit(e.kind === "list" ? Op.BUILD_LIST : e.kind === "set" ? Op.BUILD_SET : Op.BUILD_MAP, 0);
    this.compGen(f, e, 0);
    if (e.kind === "gen") f.emit(Op.LOAD_CONST, f.constIdx({ t: "none" }));
    f.emit(Op.RETURN_VALUE);
    this.makeFunction(u, f.finish(), f.scope, null);
    this.expr(u, e.gens[0]!.iter);
    u.emit(Op.GET_ITER);
    u.setLine(e.line);
    u.emit(Op.CALL, 1);
  }

  /** The loops of a comprehension; `inlined`: the outermost iterator is already on the stack. */
  compGen(f: Unit, e: Extract<Expr, { k: "comp" }>, i: number, inlined = false): void {
    const g = e.gens[i]!;
    if (i === 0) {
      if (!inlined) f.emit(Op.LOAD_FAST, f.varIndex(".0"));
    } else {
      this.expr(f, g.iter);
      f.emit(Op.GET_ITER);
    }
    // Each iteration's backward jump re-announces the line (sys.settrace's line event), in the
    // comprehension's own frame or, inlined, in the enclosing one. A generator expression's frame
    // is suspended at every item instead, and its resumption is its event.
    if (i === 0 && e.kind !== "gen") f.startLine(e.line);
    const top = f.emit(Op.FOR_ITER);
    this.store(f, g.target);
    const skips = g.ifs.map((c) => {
      this.expr(f, c);
      return f.emit(Op.POP_JUMP_IF_FALSE, top);
    });
    void skips;
    if (i + 1 < e.gens.length) this.compGen(f, e, i + 1, inlined);
    else if (e.kind === "gen") {
      this.expr(f, e.elt);
      f.emit(Op.YIELD_VALUE);
      f.emit(Op.POP_TOP);
    } else {
      this.expr(f, e.elt);
      if (e.value) this.expr(f, e.value);
      const depth = i + 2;
      f.emit(e.kind === "list" ? Op.LIST_APPEND : e.kind === "set" ? Op.SET_ADD : Op.MAP_ADD, depth);
    }
    f.emit(Op.JUMP, top);
    f.patch(top);
  }

  private classDef(u: Unit, s: Extract<Stmt, { k: "class" }>): void {
    if (s.decorators.length) notSupported("class decorator", s.line);
    const scope = u.scope.children.get(s)!;
    const qual = u.code.kind === "module" ? s.name : `${u.code.qualname}.<locals>.${s.name}`;
    const c = new Unit(scope, s.name, qual, "class", s.line);
    c.parent = u;
    this.block(c, s.body);
    c.emit(Op.LOAD_CONST, c.constIdx({ t: "none" }));
    c.emit(Op.RETURN_VALUE);
    u.setLine(s.line);
    this.makeFunction(u, c.finish(), scope, null);
    u.emit(Op.LOAD_CONST, u.constIdx({ t: "str", v: s.name }));
    s.bases.forEach((b) => this.expr(u, b));
    u.emit(Op.BUILD_CLASS, s.bases.length);
    storeName(u, s.name);
  }
}

function describeTarget(t: Expr): string {
  const m: Partial<Record<Expr["k"], string>> = {
    call: "function call", const: "literal", binop: "expression", compare: "comparison", boolop: "expression",
    lambda: "lambda", fstring: "f-string expression", comp: "comprehension", unary: "expression", ifexp: "conditional expression",
  };
  return m[t.k] ?? "expression";
}
