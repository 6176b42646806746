// The names a frame shows: fast locals, cells (captured locals) and free (closure) variables.
import { type PyObject } from "../objects/base";
import { type PyCell } from "../objects/callables";
import { type Frame } from "../objects/frames";

/** [name, target, storage (0 local, 1 cell, 2 free), cell] in co_varnames order. */
export type BindingRow = [string, PyObject | null, number, PyCell | null];

export function frameBindings(f: Frame): BindingRow[] {
  const out: BindingRow[] = [];
  const code = f.code;
  const hidden = code.hidden.length ? new Set(code.hidden) : null;
  if (code.kind === "module" || f.ns) {
    // The module's names are the globals, a class body's its namespace; their fast locals and
    // cells are only those of inlined comprehensions (PEP 709).
    if (f.ns) for (const [k, v] of f.ns) out.push([k, v, 0, null]);
    if (hidden) pushSlots(f, out, hidden);
    return out;
  }
  pushSlots(f, out, hidden);
  return out;
}

/** Fast locals, then cells and free variables; a hidden local only while it is bound. */
function pushSlots(f: Frame, out: BindingRow[], hidden: Set<string> | null): void {
  const code = f.code;
  const cellNames = new Set(code.cellvars);
  code.varnames.forEach((n, i) => {
    const v = f.locals[i] ?? null;
    if (!cellNames.has(n) && (v || !hidden?.has(n))) out.push([n, v, 0, null]);
  });
  const nc = code.cellvars.length;
  f.cells.forEach((c, i) => {
    const name = i < nc ? code.cellvars[i]! : code.freevars[i - nc]!;
    out.push([name, c.value, i < nc ? 1 : 2, c]);
  });
}
