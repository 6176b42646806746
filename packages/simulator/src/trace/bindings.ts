// The names a frame shows: fast locals, cells (captured locals) and free (closure) variables.
import { type PyObject } from "../objects/base";
import { type PyCell } from "../objects/callables";
import { type Frame } from "../objects/frames";

/** [name, target, storage (0 local, 1 cell, 2 free), cell] in co_varnames order. */
export type BindingRow = [string, PyObject | null, number, PyCell | null];

export function frameBindings(f: Frame): BindingRow[] {
  const out: BindingRow[] = [];
  if (f.code.kind === "module") return out; // the module's names are the globals
  if (f.ns) {
    for (const [k, v] of f.ns) out.push([k, v, 0, null]);
    return out;
  }
  const code = f.code;
  const cellNames = new Set(code.cellvars);
  code.varnames.forEach((n, i) => {
    if (!cellNames.has(n)) out.push([n, f.locals[i] ?? null, 0, null]);
  });
  const nc = code.cellvars.length;
  f.cells.forEach((c, i) => {
    const name = i < nc ? code.cellvars[i]! : code.freevars[i - nc]!;
    out.push([name, c.value, i < nc ? 1 : 2, c]);
  });
  return out;
}
