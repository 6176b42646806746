// What the trace stores about an object when it is created: its type name and, for objects
// whose text never changes (numbers, strings, functions, classes), their repr.
import { type PyObject, PyClass } from "../objects/base";
import { PyBuiltin, PyFunction, PyModule } from "../objects/callables";
import { floatRepr, PyFloat, PyInt, PyStr, strRepr } from "../objects/scalars";
import { type Runtime } from "../vm/runtime";

export function describe(rt: Runtime, o: PyObject): { type: string; repr: string | null } {
  let type: string;
  try {
    type = o.cls.name;
  } catch {
    type = "object";
  }
  if (o instanceof PyStr) return { type, repr: strRepr(o.v.length > 200 ? o.v.slice(0, 200) + "..." : o.v) };
  if (o instanceof PyInt) return { type, repr: o.kind === "bool" ? (o.v ? "True" : "False") : shortInt(o.v) };
  if (o instanceof PyFloat) return { type, repr: floatRepr(o.v) };
  if (o === rt.None) return { type, repr: "None" };
  if (o instanceof PyFunction) return { type, repr: `<function ${o.qualname}>` };
  if (o instanceof PyClass) return { type, repr: `<class '${o.builtin ? o.name : "__main__." + (o.qualname ?? o.name)}'>` };
  if (o instanceof PyBuiltin) return { type, repr: `<built-in function ${o.name}>` };
  if (o instanceof PyModule) return { type, repr: `<module '${o.name}'>` };
  return { type, repr: null };
}

function shortInt(v: bigint): string {
  const s = v.toString();
  return s.length > 60 ? s.slice(0, 28) + "..." + s.slice(-28) : s;
}
