// The objects an instructor can point at without seeing them in the diagram, and how they are named.
import type { ObjectLifetime, Trace } from "@heapwise/simulator";
import { objectRefFromTrace } from "./draft";

// Objects a memory question rarely asks about: they would bury the data objects in long lists.
const HIDDEN_KINDS = new Set(["function", "class", "module", "builtin", "method", "cell", "frame", "traceback", "iterator", "generator"]);
const MAX_ROWS = 60;

/** Objects the program itself creates (not cached singletons), data objects only, in creation order. */
export function listedObjects(trace: Trace): ObjectLifetime[] {
  return trace.objects().filter((o) => o.createdLine > 0 && o.immortal === null && !HIDDEN_KINDS.has(o.kind)).slice(0, MAX_ROWS);
}

/** "list #1 from line 3": the type, which of that line's objects of that type, and the line. */
export function objectLabel(trace: Trace, o: ObjectLifetime): string {
  const ref = objectRefFromTrace(trace, o.id);
  const n = ref && "created" in ref ? ref.created.allocation ?? 1 : 1;
  return `${o.type} #${n} from line ${o.createdLine}`;
}

export function freedText(o: ObjectLifetime): string {
  const f = o.freed;
  if (!f) return "never (alive at the end)";
  if (f.reason === "program-end") return "at program end";
  if (f.reason === "gc") return `by the cyclic collector on line ${f.line}`;
  return `on line ${f.line} (execution ${f.lineExecution})`;
}
