// What a click in the memory diagram means depends on the question kind: it sets the target of a
// single-object question, or adds an item to a list question.
import { nextItemId, type Draft, type ObjectRefDraft } from "./draft";

export function routeObjectClick(d: Draft, ref: ObjectRefDraft | null, repr: string | undefined): Draft {
  if (!ref) return d;
  if (d.kind === "when-freed" || d.kind === "refcount") return { ...d, object: ref };
  if (d.kind === "alive") {
    const label = repr && repr.length <= 40 ? repr : `object from line ${"created" in ref ? ref.created.line : "?"}`;
    return { ...d, items: [...(d.items ?? []), { id: nextItemId(d.items), label, object: ref }] };
  }
  return d;
}

export function routeNameClick(d: Draft, frame: string, name: string): Draft {
  if (d.kind === "when-freed" || d.kind === "refcount") return { ...d, object: { name, frame } };
  if (d.kind === "where-lives") {
    return { ...d, items: [...(d.items ?? []), { id: nextItemId(d.items), ask: "value", name, frame }] };
  }
  if (d.kind === "identity") {
    const items = d.items ?? [];
    const open = items.findIndex((it) => it.ask === "relation" && (!it.b || it.b === ""));
    if (open >= 0 && items[open]?.a) return { ...d, items: items.map((it, i) => (i === open ? { ...it, b: name } : it)) };
    // Names inside a call are looked up in that call's frame (the grader's default is the module).
    const where = frame === "<module>" ? {} : { frame };
    return { ...d, items: [...items, { id: nextItemId(items), ask: "relation", a: name, b: "", ...where }] };
  }
  return d;
}
