// Expressions -> bytecode. Operand order and stack use follow CPython, so temporaries are
// created and dropped at the same moments (rule 3).
import { notSupported, syntaxError, type Arg, type ConstValue, type Expr, type FPart } from "../parse/ast";
import { foldBinary, foldUnary } from "./fold";
import { percentAsFString } from "./pyformat";
import { BINOPS, CMPOPS, Op, SET_OF_CONSTANTS, UNARYOPS } from "./ops";
import { type Unit } from "./unit";

export interface ExprCompiler {
  compileLambda(u: Unit, e: Extract<Expr, { k: "lambda" }>): void;
  compileComp(u: Unit, e: Extract<Expr, { k: "comp" }>): void;
}

/** The constant an expression folds to, if any. */
export function constOf(e: Expr): ConstValue | null {
  switch (e.k) {
    case "const": return e.value;
    case "binop": {
      const a = constOf(e.left);
      const b = a && constOf(e.right);
      return a && b ? foldBinary(e.op, a, b) : null;
    }
    case "unary": {
      const a = constOf(e.operand);
      return a ? foldUnary(e.op, a) : null;
    }
    case "tuple": {
      const items = e.items.map(constOf);
      return items.every((x) => x !== null) ? { t: "tuple", items: items as ConstValue[] } : null;
    }
    default: return null;
  }
}

export function loadName(u: Unit, id: string): void {
  switch (u.scope.access(id)) {
    case "fast": return void u.emit(Op.LOAD_FAST, u.varIndex(id));
    case "deref": return void u.emit(Op.LOAD_DEREF, u.derefIndex(id));
    case "global": return void u.emit(Op.LOAD_GLOBAL, u.nameIdx(id));
    case "name": return void u.emit(Op.LOAD_NAME, u.nameIdx(id));
  }
}

export function storeName(u: Unit, id: string, del = false): void {
  switch (u.scope.access(id)) {
    case "fast": return void u.emit(del ? Op.DELETE_FAST : Op.STORE_FAST, u.varIndex(id));
    case "deref": return void u.emit(del ? Op.DELETE_DEREF : Op.STORE_DEREF, u.derefIndex(id));
    case "global": return void u.emit(del ? Op.DELETE_GLOBAL : Op.STORE_GLOBAL, u.nameIdx(id));
    case "name": return void u.emit(del ? Op.DELETE_NAME : Op.STORE_NAME, u.nameIdx(id));
  }
}

export function compileExpr(cx: ExprCompiler, u: Unit, e: Expr): void {
  const prevLine = u.code.lines.length;
  void prevLine;
  u.setLine(e.line);
  const folded = e.k === "const" ? null : constOf(e);
  if (folded) return void u.emit(Op.LOAD_CONST, u.constIdx(folded));
  const ex = (x: Expr) => compileExpr(cx, u, x);
  switch (e.k) {
    case "name": return loadName(u, e.id);
    case "const": return void u.emit(Op.LOAD_CONST, u.constIdx(e.value));
    case "binop": {
      const asF = e.op === "%" && e.left.k === "const" && e.left.value.t === "str" && e.right.k === "tuple" ? percentAsFString(e.left.value.v, e.right.items) : null;
      if (asF) return fstring(cx, u, asF);
      ex(e.left);
      ex(e.right);
      u.setLine(e.line);
      return void u.emit(Op.BINARY_OP, BINOPS.indexOf(e.op));
    }
    case "unary":
      ex(e.operand);
      return void u.emit(Op.UNARY_OP, UNARYOPS.indexOf(e.op));
    case "boolop": {
      ex(e.left);
      const j = u.emit(e.op === "and" ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP);
      ex(e.right);
      return u.patch(j);
    }
    case "compare": return compare(cx, u, e);
    case "call": return call(cx, u, e);
    case "attr":
      ex(e.obj);
      u.setLine(e.line);
      return void u.emit(Op.LOAD_ATTR, u.nameIdx(e.name));
    case "subscript":
      ex(e.obj);
      ex(e.index);
      u.setLine(e.line);
      return void u.emit(Op.BINARY_SUBSCR);
    case "slice":
      for (const p of [e.lower, e.upper]) {
        if (p) ex(p);
        else u.emit(Op.LOAD_CONST, u.constIdx({ t: "none" }));
      }
      if (e.step) ex(e.step);
      return void u.emit(Op.BUILD_SLICE, e.step ? 3 : 2);
    case "tuple": case "list": case "set": return sequence(cx, u, e.k, e.items);
    case "dict":
      if (e.keys.some((k) => k === null)) {
        u.emit(Op.BUILD_MAP, 0);
        e.keys.forEach((k, i) => {
          if (k) ex(k);
          ex(e.values[i]!);
          u.emit(k ? Op.BUILD_KWARGS : Op.DICT_MERGE, 1);
        });
        return;
      }
      e.keys.forEach((k, i) => {
        ex(k!);
        ex(e.values[i]!);
      });
      return void u.emit(Op.BUILD_MAP, e.keys.length);
    case "starred": return syntaxError("can't use starred expression here", e.line);
    case "ifexp": {
      ex(e.test);
      const jf = u.emit(Op.POP_JUMP_IF_FALSE);
      ex(e.body);
      const je = u.emit(Op.JUMP);
      u.patch(jf);
      ex(e.orelse);
      return u.patch(je);
    }
    case "lambda": return cx.compileLambda(u, e);
    case "comp": return cx.compileComp(u, e);
    case "yield":
      if (e.value) ex(e.value);
      else u.emit(Op.LOAD_CONST, u.constIdx({ t: "none" }));
      return void u.emit(Op.YIELD_VALUE);
    case "fstring": return fstring(cx, u, e.parts);
  }
}

function compare(cx: ExprCompiler, u: Unit, e: Extract<Expr, { k: "compare" }>): void {
  compileExpr(cx, u, e.left);
  const cleanups: number[] = [];
  e.ops.forEach((op, i) => {
    compileExpr(cx, u, e.rights[i]!);
    const last = i === e.ops.length - 1;
    if (!last) {
      u.emit(Op.DUP_TOP);
      u.emit(Op.ROT_THREE);
    }
    u.setLine(e.line);
    if (op === "is" || op === "is not") u.emit(Op.IS_OP, op === "is" ? 0 : 1);
    else if (op === "in" || op === "not in") u.emit(Op.CONTAINS_OP, op === "in" ? 0 : 1);
    else u.emit(Op.COMPARE_OP, CMPOPS.indexOf(op));
    if (!last) cleanups.push(u.emit(Op.JUMP_IF_FALSE_OR_POP));
  });
  if (cleanups.length === 0) return;
  const end = u.emit(Op.JUMP);
  for (const c of cleanups) u.patch(c);
  u.emit(Op.ROT_TWO);
  u.emit(Op.POP_TOP);
  u.patch(end);
}

function sequence(cx: ExprCompiler, u: Unit, kind: "tuple" | "list" | "set", items: Expr[]): void {
  const hasStar = items.some((x) => x.k === "starred");
  if (!hasStar) {
    items.forEach((x) => compileExpr(cx, u, x));
    const constSet = kind === "set" && items.length > 2 && items.every((x) => constOf(x) !== null);
    u.emit(kind === "tuple" ? Op.BUILD_TUPLE : kind === "list" ? Op.BUILD_LIST : Op.BUILD_SET, items.length | (constSet ? SET_OF_CONSTANTS : 0));
    return;
  }
  if (kind === "set") notSupported("starred item in a set display", items[0]!.line);
  u.emit(Op.BUILD_LIST, 0);
  for (const x of items) {
    if (x.k === "starred") {
      compileExpr(cx, u, x.value);
      u.emit(Op.LIST_EXTEND, 1);
    } else {
      compileExpr(cx, u, x);
      u.emit(Op.LIST_APPEND, 1);
    }
  }
  if (kind === "tuple") u.emit(Op.LIST_TO_TUPLE);
}

function call(cx: ExprCompiler, u: Unit, e: Extract<Expr, { k: "call" }>): void {
  const ex = (x: Expr) => compileExpr(cx, u, x);
  const simple = e.args.every((a) => a.kind === "pos" || a.kind === "kw");
  const kws = e.args.filter((a) => a.kind === "kw");
  const kwNames = (): void => void u.emit(Op.LOAD_CONST, u.constIdx({ t: "tuple", items: kws.map((a) => ({ t: "str", v: a.name! })) }));
  checkArgs(e.args, e.line);
  if (e.func.k === "name" && e.func.id === "super" && e.args.length === 0 && u.scope.access("super") === "global") {
    return void u.emit(Op.LOAD_SUPER);
  }
  if (e.func.k === "attr" && simple) {
    ex(e.func.obj);
    u.setLine(e.func.line);
    u.emit(Op.LOAD_METHOD, u.nameIdx(e.func.name));
    e.args.forEach((a) => ex(a.value));
    if (kws.length) kwNames();
    u.setLine(e.line);
    return void u.emit(Op.CALL_METHOD, e.args.length | (kws.length ? 1 << 16 : 0));
  }
  ex(e.func);
  if (simple) {
    e.args.forEach((a) => ex(a.value));
    u.setLine(e.line);
    if (kws.length) {
      kwNames();
      return void u.emit(Op.CALL_KW, e.args.length);
    }
    return void u.emit(Op.CALL, e.args.length);
  }
  u.emit(Op.BUILD_LIST, 0);
  for (const a of e.args.filter((x) => x.kind === "pos" || x.kind === "star")) {
    ex(a.value);
    u.emit(a.kind === "star" ? Op.LIST_EXTEND : Op.LIST_APPEND, 1);
  }
  u.emit(Op.LIST_TO_TUPLE);
  const named = e.args.filter((x) => x.kind === "kw" || x.kind === "dstar");
  if (named.length) {
    u.emit(Op.BUILD_MAP, 0);
    for (const a of named) {
      if (a.kind === "kw") u.emit(Op.LOAD_CONST, u.constIdx({ t: "str", v: a.name! }));
      ex(a.value);
      u.emit(a.kind === "kw" ? Op.BUILD_KWARGS : Op.DICT_MERGE, 2); // 2: merging a call's keywords
    }
  }
  u.setLine(e.line);
  u.emit(Op.CALL_EX, named.length ? 1 : 0);
}

function checkArgs(args: Arg[], line: number): void {
  let seenKw = false;
  for (const a of args) {
    if (a.kind === "kw" || a.kind === "dstar") seenKw = true;
    else if (a.kind === "pos" && seenKw) {
      syntaxError(args.some((x) => x.kind === "dstar") ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument", line);
    }
  }
}

function fstring(cx: ExprCompiler, u: Unit, parts: FPart[]): void {
  let n = 0;
  for (const p of parts) {
    if ("s" in p) {
      if (p.s === "") continue;
      u.emit(Op.LOAD_CONST, u.constIdx({ t: "str", v: p.s }));
    } else {
      compileExpr(cx, u, p.e);
      const conv = p.conv === "s" ? 1 : p.conv === "r" ? 2 : p.conv === "a" ? 3 : 0;
      if (p.spec) fstring(cx, u, p.spec);
      u.emit(Op.FORMAT_VALUE, conv | (p.spec ? 4 : 0));
    }
    n++;
  }
  if (n === 0) u.emit(Op.LOAD_CONST, u.constIdx({ t: "str", v: "" }));
  else if (n > 1 || !parts.some((p) => "e" in p)) u.emit(Op.BUILD_STRING, n);
}
