// The builtin classes of one run. They are created afresh per run (ids are per run), and the
// current run's set is reachable through T() because simulate() is synchronous.
import { PyClass } from "./base";

const NAMES = [
  "object", "type", "int", "bool", "float", "str", "NoneType", "tuple", "list", "dict", "set", "frozenset",
  "range", "function", "builtin_function_or_method", "method", "cell", "generator", "traceback", "frame",
  "module", "list_iterator", "tuple_iterator", "str_ascii_iterator", "range_iterator", "dict_keyiterator",
  "dict_valueiterator", "dict_itemiterator", "set_iterator", "enumerate", "zip", "list_reverseiterator",
  "reversed", "dict_keys", "dict_values", "dict_items", "slice", "map", "filter", "code",
] as const;

export type BuiltinTypeName = (typeof NAMES)[number];
export type Types = Record<BuiltinTypeName, PyClass>;

let current: Types | null = null;

export function T(): Types {
  return current!;
}

export function createTypes(): Types {
  const object = new PyClass("object", [], true);
  const type = new PyClass("type", [object], true);
  PyClass.typeClass = type;
  const out: Partial<Types> = { object, type };
  for (const n of NAMES) {
    if (n === "object" || n === "type") continue;
    const base = n === "bool" ? out.int! : object;
    out[n] = new PyClass(n, [base], true);
  }
  for (const c of Object.values(out)) c.immortal = "cached";
  current = out as Types;
  return current;
}
