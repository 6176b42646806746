// "What is alive": for each listed object, alive or not at a point. One point per object; the answer
// is the set of item ids the student marks alive (order-free).
import { z } from "zod";
import { type MemoryState, type Trace } from "@heapwise/simulator";
import { type KindContext, type KindModule } from "./kind";
import { resolveObject } from "../trace/objects";
import { resolvePoint } from "../trace/points";
import { fail, ok, type GradePart, type ValidationError } from "../types";

interface AliveItemKey {
  id: string;
  label: string;
  object: number;
  alive: boolean;
  /** Step that shows the truth: the freeing step if freed before the point, else the point. */
  step: number;
  reason: string;
  hints: string[];
}
export interface AliveKey {
  step: number;
  items: AliveItemKey[];
}

export const aliveAnswerSchema = z.object({ alive: z.array(z.string()).max(200) }).strict();
export type AliveAnswer = z.infer<typeof aliveAnswerSchema>;

/** Facts about why a live object is still alive, each pointing at the belief that would deny it. */
function aliveHints(trace: Trace, state: MemoryState, id: number, step: number, lines: string[]): string[] {
  const o = trace.object(id);
  if (o?.immortal) return ["small-int-new"];
  const hints = new Set<string>();
  const referrers = trace.referrersAt(id, step);
  const src = lines.join("\n");
  if (o && o.createdStep < step && trace.step(o.createdStep).functionName !== "<module>") hints.add("return-frees");
  if (state.detachedFrames.some((f) => f.bindings.some((b) => b.target === id))) hints.add("generator-frees-locals");
  for (const r of referrers) {
    const from = r.via === "object" ? state.objects.find((x) => x.id === r.from) : undefined;
    if (from?.kind === "generator" || from?.kind === "frame") hints.add("generator-frees-locals");
    if (from?.kind === "cell") hints.add("closure-copies");
    if ((r.via === "name" || r.via === "global") && new RegExp(`^\\s*for\\s+${r.name}\\s+in\\b`, "m").test(src)) hints.add("loop-var-gone");
  }
  const named = referrers.some((r) => r.via === "name" || r.via === "global");
  // The object once sat in a container that lost it, and a name still holds it.
  const madeForContainer = /append\(|insert\(|\[/.test(o ? (lines[o.createdLine - 1] ?? "") : "");
  if (named && madeForContainer && /\.(pop|remove)\(|^\s*del\s+\w+\[/m.test(src)) hints.add("container-owns");
  if (named && /^\s*del\s+\w+\s*$/m.test(src) && referrers.length >= 1 && hints.size === 0) hints.add("del-destroys");
  if (!named && referrers.some((r) => r.via === "object") && hints.size === 0) hints.add("refcount-cycles");
  return [...hints];
}

function deadHints(trace: Trace, id: number): string[] {
  const o = trace.object(id);
  if (!o?.freed) return [];
  if (o.kind === "exception") return ["except-var-lives"];
  if (o.freed.reason === "gc") return [];
  const temporary = o.freed.line === o.createdLine && o.freed.lineExecution === o.createdExecution;
  return [temporary ? "temp-lives" : "gc-later"];
}

function deriveItem(ctx: KindContext<"alive">, state: MemoryState, step: number, item: KindContext<"alive">["q"]["items"][number], index: number): AliveItemKey | ValidationError[] {
  const id = resolveObject(ctx.trace, item.object, ctx.q.at, `items.${index}.object`);
  if (!id.ok) return id.errors;
  const o = ctx.trace.object(id.value);
  const alive = ctx.trace.aliveAt(step).includes(id.value);
  if (alive) {
    return { id: item.id, label: item.label, object: id.value, alive, step, reason: "it is still referenced at that point", hints: aliveHints(ctx.trace, state, id.value, step, ctx.lines) };
  }
  const freed = o?.freed;
  if (!freed || freed.step > step) return [{ path: `items.${index}.object`, message: `${item.label} does not exist yet at that point` }];
  const how = freed.reason === "gc" ? "the cyclic collector freed it" : "its last reference went away";
  return { id: item.id, label: item.label, object: id.value, alive, step: freed.step, reason: `${how} at line ${freed.line}`, hints: deadHints(ctx.trace, id.value) };
}

export const aliveKind: KindModule<"alive", AliveKey, AliveAnswer> = {
  kind: "alive",
  answerSchema: aliveAnswerSchema,
  deriveKey(ctx) {
    const step = resolvePoint(ctx.trace, ctx.q.at);
    if (!step.ok) return step;
    const state = ctx.trace.stateAt(step.value);
    const errors: ValidationError[] = [];
    const items: AliveItemKey[] = [];
    ctx.q.items.forEach((item, i) => {
      const k = deriveItem(ctx, state, step.value, item, i);
      if (Array.isArray(k)) errors.push(...k);
      else items.push(k);
    });
    if (errors.length > 0) return { ok: false, errors };
    if (new Set(items.map((i) => i.object)).size !== items.length) return fail("items", "two items name the same object");
    return ok({ step: step.value, items });
  },
  studentItems: (q) => ({ items: q.items.map((i) => ({ id: i.id, label: i.label })) }),
  keyAnswer: (key) => ({ alive: key.items.filter((i) => i.alive).map((i) => i.id) }),
  grade(_ctx, key, answer) {
    const marked = new Set(answer.alive);
    const found = new Set<string>();
    const parts: GradePart[] = key.items.map((item) => {
      const right = marked.has(item.id) === item.alive;
      if (!right) item.hints.forEach((h) => found.add(h));
      const truth = item.alive ? `${item.label} is alive: ${item.reason}.` : `${item.label} is no longer alive: ${item.reason}.`;
      return { id: item.id, score: right ? 1 : 0, max: 1, feedback: right ? `Right: ${truth}` : `Wrong: ${truth}`, step: item.step };
    });
    const unknown = answer.alive.filter((id) => !key.items.some((i) => i.id === id));
    return { parts, misconceptions: [...found], notes: unknown.length ? [`Ignored unknown items: ${unknown.join(", ")}.`] : [] };
  },
};
