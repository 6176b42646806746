// Presents every object's references the way Python code reads them: list/tuple slots "[0]",
// attributes ".name", dict values "[<repr of key>]" (what students and instructors write). The
// simulator labels dict values that way and keys "key <repr>"; early traces used "key i"/"value i",
// which are translated. Internal references (dict keys, __class__, closures, frames) are left out.
import { type ObjectId, type ObjectRef, type ObjectView } from "@heapwise/simulator";

export function userLabel(o: ObjectView, objs: ReadonlyMap<ObjectId, ObjectView>, label: string): string | null {
  if (label.startsWith("[") || label.startsWith(".")) return label;
  const value = /^value (\d+)$/.exec(label);
  if (o.kind === "dict" && value) {
    const key = o.refs.find((r) => r.label === `key ${value[1]}`);
    const repr = key ? objs.get(key.target)?.repr : undefined;
    return repr === undefined ? null : `[${repr}]`;
  }
  return null;
}

/** References a student can name or draw; internal ones (dict keys, __class__, frames) are left out. */
export function userRefs(o: ObjectView, objs: ReadonlyMap<ObjectId, ObjectView>): ObjectRef[] {
  const out: ObjectRef[] = [];
  if (o.kind === "dict" && !o.refs.some((r) => r.label.startsWith("["))) {
    // Older traces label entries "key i"/"value i": one pass for the keys, so big dicts stay linear.
    const keys = new Map<string, ObjectId>();
    for (const r of o.refs) if (r.label.startsWith("key ")) keys.set(r.label.slice(4), r.target);
    for (const r of o.refs) {
      if (!r.label.startsWith("value ")) continue;
      const key = keys.get(r.label.slice(6));
      const repr = key === undefined ? undefined : objs.get(key)?.repr;
      if (repr !== undefined) out.push({ label: `[${repr}]`, target: r.target });
    }
    return out;
  }
  for (const r of o.refs) if (r.label.startsWith("[") || r.label.startsWith(".")) out.push(r);
  return out;
}
