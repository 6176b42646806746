// PEP 709 (3.12+): a list/set/dict comprehension compiled into the enclosing code object, as
// CPython's compiler_comprehension does when it inlines: no function object, no frame.
import { notSupported, type Expr, type Stmt } from "../parse/ast";
import { type Compiler } from "./compiler";
import { storeName } from "./cexpr";
import { CELL_SLOT, Op } from "./ops";
import { compBound, InlinedScope } from "./symtable";
import { type Unit } from "./unit";

type Comp = Extract<Expr, { k: "comp" }>;

/**
 * Stack while the loop runs: [saved slots..., result, iterator]. The slots the comprehension binds
 * are emptied first (their old contents wait on the stack) and put back after the loop, last
 * bound name first; an exception inside drops the iterator, then the partial result, then puts
 * the slots back before it propagates.
 */
export function compileInlinedComp(c: Compiler, u: Unit, e: Comp, storeTo: string | null = null): void {
  const comp = u.scope.children.get(e)!;
  const outer = u.scope;
  if (outer.kind === "class" && comp.cells.size) notSupported("a closure over a comprehension variable in a class body", e.line);
  c.expr(u, e.gens[0]!.iter);
  u.emit(Op.GET_ITER);
  u.scope = new InlinedScope(comp, outer);
  try {
    const slots = compBound(comp).map((n) => (comp.cells.has(n) ? CELL_SLOT | u.derefIndex(n) : u.varIndex(n)));
    for (const s of slots) u.emit(Op.SAVE_LOCAL, s);
    let cleanup = -1;
    if (slots.length) {
      u.emit(Op.SWAP, slots.length + 1);
      cleanup = u.emit(Op.SETUP_FINALLY);
    }
    u.emit(e.kind === "list" ? Op.BUILD_LIST : e.kind === "set" ? Op.BUILD_SET : Op.BUILD_MAP, 0);
    u.emit(Op.SWAP, 2);
    c.compGen(u, e, 0, true);
    if (cleanup < 0) {
      if (storeTo !== null) storeName(u, storeTo);
      return;
    }
    u.emit(Op.POP_BLOCK);
    if (storeTo === null) restore(u, slots);
    else {
      // CPython's optimizer (apply_static_swaps) turns `SWAP n+1; STORE s[n-1] .. s[0]; STORE d`
      // into `STORE d; STORE s[n-2] .. s[0]; STORE s[n-1]`: the result is bound first.
      storeName(u, storeTo);
      for (let i = slots.length - 2; i >= 0; i--) u.emit(Op.RESTORE_LOCAL, slots[i]!);
      u.emit(Op.RESTORE_LOCAL, slots[slots.length - 1]!);
    }
    const end = u.emit(Op.JUMP);
    u.patch(cleanup);
    u.emit(Op.SWAP, 2);
    u.emit(Op.POP_TOP); // the partial result
    restore(u, slots);
    u.emit(Op.RERAISE);
    u.patch(end);
  } finally {
    u.scope = outer;
  }
}

/**
 * `name = [comprehension]` in a function, on one line: the fast local the result goes to, whose
 * store CPython's optimizer moves before the comprehension's variables are put back.
 */
export function storedInlinedComp(u: Unit, s: Extract<Stmt, { k: "assign" }>): string | null {
  const [t] = s.targets;
  const e = s.value;
  if (s.targets.length !== 1 || t?.k !== "name" || e.k !== "comp" || t.line !== e.line) return null;
  const comp = u.scope.children.get(e);
  if (!comp?.inlined || u.scope.access(t.id) !== "fast" || compBound(comp).includes(t.id)) return null;
  return t.id;
}

function restore(u: Unit, slots: number[]): void {
  u.emit(Op.SWAP, slots.length + 1);
  for (let i = slots.length - 1; i >= 0; i--) u.emit(Op.RESTORE_LOCAL, slots[i]!);
}
