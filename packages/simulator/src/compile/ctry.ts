// try/except/else/finally. `except E as e` unbinds e when the handler ends, also when it
// ends by an exception (rule 7); finally bodies are inlined on every exit path, as CPython does.
import { syntaxError, type Stmt } from "../parse/ast";
import { storeName } from "./cexpr";
import { type Compiler } from "./compiler";
import { Op } from "./ops";
import { type Unit } from "./unit";

type Try = Extract<Stmt, { k: "try" }>;

export function compileTry(c: Compiler, u: Unit, s: Try): void {
  if (s.finalbody.length === 0) return tryExcept(c, u, s);
  const setup = u.emit(Op.SETUP_FINALLY);
  u.fblocks.push({ kind: "finally", body: s.finalbody });
  if (s.handlers.length) tryExcept(c, u, s);
  else c.block(u, s.body);
  u.fblocks.pop();
  u.emit(Op.POP_BLOCK);
  c.block(u, s.finalbody);
  const toEnd = u.emit(Op.JUMP);
  u.patch(setup);
  u.fblocks.push({ kind: "handler", name: null });
  c.block(u, s.finalbody);
  u.fblocks.pop();
  u.emit(Op.RERAISE);
  u.patch(toEnd);
}

function tryExcept(c: Compiler, u: Unit, s: Try): void {
  const setup = u.emit(Op.SETUP_EXCEPT);
  u.fblocks.push({ kind: "try" });
  c.block(u, s.body);
  u.fblocks.pop();
  u.emit(Op.POP_BLOCK);
  const toElse = u.emit(Op.JUMP);
  u.patch(setup);
  const ends: number[] = [];
  s.handlers.forEach((h, i) => {
    u.startLine(h.line);
    if (!h.type && i < s.handlers.length - 1) syntaxError("default 'except:' must be last", h.line);
    let next = -1;
    if (h.type) {
      u.emit(Op.DUP_TOP);
      c.expr(u, h.type);
      next = u.emit(Op.JUMP_IF_NOT_EXC_MATCH);
    } else u.emit(Op.NOP);
    if (h.name) {
      u.emit(Op.DUP_TOP);
      storeName(u, h.name);
      const cleanup = u.emit(Op.SETUP_FINALLY);
      u.fblocks.push({ kind: "handler", name: h.name });
      c.block(u, h.body);
      u.fblocks.pop();
      u.emit(Op.POP_BLOCK);
      u.emit(Op.POP_EXCEPT);
      unbind(u, h.name);
      ends.push(u.emit(Op.JUMP));
      u.patch(cleanup);
      unbind(u, h.name);
      u.emit(Op.RERAISE);
    } else {
      u.fblocks.push({ kind: "handler", name: null });
      c.block(u, h.body);
      u.fblocks.pop();
      u.emit(Op.POP_EXCEPT);
      ends.push(u.emit(Op.JUMP));
    }
    if (next >= 0) u.patch(next);
  });
  u.emit(Op.RERAISE);
  u.patch(toElse);
  c.block(u, s.orelse);
  for (const e of ends) u.patch(e);
}

function unbind(u: Unit, name: string): void {
  u.emit(Op.LOAD_CONST, u.constIdx({ t: "none" }));
  storeName(u, name);
  storeName(u, name, true);
}
