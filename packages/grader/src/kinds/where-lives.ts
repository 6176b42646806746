// "Where does it live": for each listed name (or the value a name refers to), the student says
// where it lives: a frame on the stack (which function's), the module's globals, a closure cell or
// the heap. In the simplified model small immutable values count as living inline where their name is.
import { z } from "zod";
import { type Binding, type FrameView, type MemoryState } from "@heapwise/simulator";
import { PRIMITIVE_KINDS, type KindModule } from "./kind";
import { framesNamed } from "../trace/objects";
import { resolvePoint } from "../trace/points";
import { objectMap } from "../trace/names";
import { ok, type GradePart, type ValidationError } from "../types";

const placeObject = z.discriminatedUnion("place", [
  z.object({ place: z.literal("frame"), frame: z.string().min(1) }).strict(),
  z.object({ place: z.enum(["global", "cell", "heap"]) }).strict(),
]);
export type Place = z.infer<typeof placeObject>;

/** "heap", "global", "cell" or "frame:main" are accepted as shorthand. */
const placeText = z.string().transform((s, c): Place => {
  const t = s.trim().toLowerCase();
  if (t === "heap" || t === "global" || t === "cell") return { place: t };
  const m = /^(?:frame|stack):\s*(.+)$/.exec(s.trim());
  if (m) return { place: "frame", frame: (m[1] as string).trim() };
  c.addIssue({ code: "custom", message: `"${s}" is not heap, global, cell or frame:<function>` });
  return z.NEVER;
});

export const whereLivesAnswerSchema = z.object({ places: z.record(z.string(), z.union([placeObject, placeText])) }).strict();
export type WhereLivesAnswer = z.infer<typeof whereLivesAnswerSchema>;

interface WhereItemKey {
  id: string;
  ask: "name" | "value";
  name: string;
  place: Place;
  /** Kind of the value (int, list, instance...), for detectors and the simplified-model note. */
  valueKind: string;
  inline: boolean;
}
export interface WhereLivesKey {
  step: number;
  items: WhereItemKey[];
}

const describePlace = (p: Place): string =>
  p.place === "frame" ? `in ${p.frame === "<module>" ? "the module" : p.frame}'s frame on the stack` : p.place === "global" ? "in the module's global namespace" : p.place === "cell" ? "in a closure cell (shared by the functions that use it)" : "on the heap as an object";

const samePlace = (a: Place, b: Place): boolean => a.place === b.place && (a.place !== "frame" || (b.place === "frame" && a.frame === b.frame));

function findBinding(state: MemoryState, name: string, frame: string | undefined): { binding: Binding; frame: FrameView | null } | null {
  // Innermost call first, so recursion reads the running call's names.
  const frames = frame ? (frame === "<module>" ? [] : [...framesNamed(state, frame)].reverse()) : [...state.frames].reverse().filter((f) => f.functionName !== "<module>");
  for (const f of frames) {
    const b = f.bindings.find((x) => x.name === name && x.target !== null);
    if (b) return { binding: b, frame: f };
  }
  const g = state.globals.find((x) => x.name === name && x.target !== null);
  return g ? { binding: g, frame: null } : null;
}

function namePlace(binding: Binding, frame: FrameView | null): Place {
  if (!frame || binding.storage === "global" || frame.functionName === "<module>") return { place: "global" };
  if (binding.storage === "cell" || binding.storage === "free") return { place: "cell" };
  return { place: "frame", frame: frame.functionName };
}

function detect(item: WhereItemKey, given: Place): string[] {
  const k = item.place.place;
  if (item.ask === "value" && k === "heap" && (given.place === "frame" || given.place === "global")) return [PRIMITIVE_KINDS.has(item.valueKind) ? "value-on-stack" : "object-in-frame"];
  if (item.ask === "name" && k === "global" && given.place === "frame") return ["global-in-frame"];
  if (item.ask === "name" && k === "frame" && given.place === "heap") return ["frame-is-heap"];
  if (item.ask === "name" && k === "cell" && given.place === "frame") return ["cell-is-local"];
  return [];
}

export const whereLivesKind: KindModule<"where-lives", WhereLivesKey, WhereLivesAnswer> = {
  kind: "where-lives",
  answerSchema: whereLivesAnswerSchema,
  deriveKey(ctx) {
    const step = resolvePoint(ctx.trace, ctx.q.at);
    if (!step.ok) return step;
    const state = ctx.trace.stateAt(step.value);
    const objs = objectMap(state);
    const errors: ValidationError[] = [];
    const items: WhereItemKey[] = [];
    ctx.q.items.forEach((item, i) => {
      const found = findBinding(state, item.name, item.frame);
      if (!found) return void errors.push({ path: `items.${i}.name`, message: `${item.name} is not bound${item.frame ? ` in ${item.frame}` : ""} at that point` });
      const valueKind = objs.get(found.binding.target as number)?.kind ?? "other";
      const owner = namePlace(found.binding, found.frame);
      const inline = ctx.q.memoryModel === "simplified" && item.ask === "value" && PRIMITIVE_KINDS.has(valueKind) && owner.place !== "cell";
      const place: Place = item.ask === "name" ? owner : inline ? owner : { place: "heap" };
      items.push({ id: item.id, ask: item.ask, name: item.name, place, valueKind, inline });
    });
    return errors.length ? { ok: false, errors } : ok({ step: step.value, items });
  },
  studentItems: (q) => ({ items: q.items.map((i) => ({ id: i.id, ask: i.ask, name: i.name, frame: i.frame })) }),
  keyAnswer: (key) => ({ places: Object.fromEntries(key.items.map((i) => [i.id, i.place])) }),
  grade(_ctx, key, answer) {
    const found = new Set<string>();
    const notes = new Set<string>();
    const parts: GradePart[] = key.items.map((item) => {
      const what = item.ask === "name" ? `The name ${item.name}` : `The value of ${item.name}`;
      const given = answer.places[item.id];
      if (item.inline) notes.add("In this question's simplified model small values (ints, floats, bools, strings, None) are drawn inside the frame. CPython really keeps every value as an object on the heap; the frame only holds a reference to it.");
      if (!given) return { id: item.id, score: 0, max: 1, step: key.step, feedback: `${what}: no answer. It lives ${describePlace(item.place)}.` };
      if (samePlace(given, item.place)) return { id: item.id, score: 1, max: 1, step: key.step, feedback: `${what}: right, ${describePlace(item.place)}.` };
      detect(item, given).forEach((m) => found.add(m));
      const nearly = given.place === "frame" && item.place.place === "frame";
      return { id: item.id, score: nearly ? 0.5 : 0, max: 1, step: key.step, feedback: `${what} lives ${describePlace(item.place)}, not ${describePlace(given)}.${nearly ? " Right that it is on the stack, wrong frame." : ""}` };
    });
    return { parts, misconceptions: [...found], notes: [...notes] };
  },
};
