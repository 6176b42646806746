// "Same object or not": for pairs of expressions at a point, whether they are the same object
// (`is`), only equal (`==`), or different; and whether a mutation through one is seen through another.
import { z } from "zod";
import { type MemoryState, type ObjectView } from "@heapwise/simulator";
import { type KindModule } from "./kind";
import { evalPath, parsePath, reaches } from "../trace/paths";
import { objectMap } from "../trace/names";
import { resolvePoint } from "../trace/points";
import { ok, type GradePart, type ValidationError } from "../types";

const RELATIONS = ["same", "equal", "different"] as const;
const VISIBILITY = ["seen", "not-seen"] as const;
type Relation = (typeof RELATIONS)[number];
type Visibility = (typeof VISIBILITY)[number];

export const identityAnswerSchema = z.object({
  answers: z.record(z.string(), z.enum([...RELATIONS, ...VISIBILITY], { message: "answer same, equal, different, seen or not-seen" })),
}).strict();
export type IdentityAnswer = z.infer<typeof identityAnswerSchema>;

interface IdentityItemKey {
  id: string;
  ask: "relation" | "mutation";
  truth: Relation | Visibility;
  text: string;
  /** Hints for detectors: how the two sides are related in the program. */
  crossFrame: boolean;
  viaContainer: boolean;
  smallCached: boolean;
}
export interface IdentityKey {
  step: number;
  items: IdentityItemKey[];
}

const VALUE_KINDS = new Set(["int", "float", "str", "bool", "none", "tuple", "list", "dict", "set", "frozenset", "range"]);

/** `==` without running Python: numbers by value, builtin containers and strings by full repr. */
function equalValues(a: ObjectView, b: ObjectView): boolean {
  const numeric = new Set(["int", "float", "bool"]);
  if (numeric.has(a.kind) && numeric.has(b.kind)) return Number(a.repr === "True" ? 1 : a.repr === "False" ? 0 : a.repr) === Number(b.repr === "True" ? 1 : b.repr === "False" ? 0 : b.repr);
  if (!VALUE_KINDS.has(a.kind) || a.kind !== b.kind || a.repr.includes("...")) return false;
  return a.repr === b.repr;
}

function relation(state: MemoryState, a: number, b: number): Relation {
  if (a === b) return "same";
  const objs = objectMap(state);
  const oa = objs.get(a);
  const ob = objs.get(b);
  return oa && ob && equalValues(oa, ob) ? "equal" : "different";
}

function detect(item: IdentityItemKey, given: string): string[] {
  if (item.truth === "same" || item.truth === "seen") {
    if (item.smallCached) return ["small-int-new"];
    return [item.crossFrame ? "arg-copies" : item.viaContainer ? "container-copies" : "assign-copies"];
  }
  if (given === "same") return [item.truth === "equal" ? "is-equals" : "rebind-mutates"];
  if (given === "seen") return ["rebind-mutates"];
  return [];
}

const TRUTH_TEXT: Record<Relation | Visibility, string> = {
  same: "the same object (`is` is True)",
  equal: "two different objects with equal values (`==` is True, `is` is False)",
  different: "different objects with different values",
  seen: "seen: the mutated object is reachable through the other name",
  "not-seen": "not seen: the other name does not reach the mutated object",
};

export const identityKind: KindModule<"identity", IdentityKey, IdentityAnswer> = {
  kind: "identity",
  answerSchema: identityAnswerSchema,
  deriveKey(ctx) {
    const step = resolvePoint(ctx.trace, ctx.q.at);
    if (!step.ok) return step;
    const state = ctx.trace.stateAt(step.value);
    const errors: ValidationError[] = [];
    const items: IdentityItemKey[] = [];
    ctx.q.items.forEach((item, i) => {
      const [ea, eb] = item.ask === "relation" ? [item.a, item.b] : [item.mutate, item.observe];
      const a = evalPath(state, ea, item.frame, `items.${i}`);
      const b = evalPath(state, eb, item.frame, `items.${i}`);
      if (!a.ok || !b.ok) return void errors.push(...(a.ok ? [] : a.errors), ...(b.ok ? [] : b.errors));
      const truth = item.ask === "relation" ? relation(state, a.value, b.value) : reaches(state, b.value, a.value) ? "seen" : "not-seen";
      const roots = [parsePath(ea)?.root, parsePath(eb)?.root];
      const inFrames = (n: string | undefined): string[] => state.frames.filter((f) => f.bindings.some((x) => x.name === n)).map((f) => f.functionName);
      const crossFrame = roots[0] !== roots[1] && inFrames(roots[0]).join() !== inFrames(roots[1]).join();
      const viaContainer = (parsePath(ea)?.steps.length ?? 0) + (parsePath(eb)?.steps.length ?? 0) > 0;
      const smallCached = ctx.trace.object(a.value)?.immortal != null;
      const text = item.ask === "relation" ? `${ea} vs ${eb}` : `mutating ${ea}, looking through ${eb}`;
      items.push({ id: item.id, ask: item.ask, truth, text, crossFrame, viaContainer, smallCached });
    });
    return errors.length ? { ok: false, errors } : ok({ step: step.value, items });
  },
  studentItems: (q) => ({
    items: q.items.map((i) => (i.ask === "relation" ? { id: i.id, ask: i.ask, a: i.a, b: i.b, choices: RELATIONS } : { id: i.id, ask: i.ask, mutate: i.mutate, observe: i.observe, choices: VISIBILITY })),
  }),
  keyAnswer: (key) => ({ answers: Object.fromEntries(key.items.map((i) => [i.id, i.truth])) }),
  grade(_ctx, key, answer) {
    const found = new Set<string>();
    const parts: GradePart[] = key.items.map((item) => {
      const given = answer.answers[item.id];
      if (given === item.truth) return { id: item.id, score: 1, max: 1, step: key.step, feedback: `${item.text}: right, ${TRUTH_TEXT[item.truth]}.` };
      if (given) detect(item, given).forEach((m) => found.add(m));
      const lead = given ? `you answered "${given}"` : "no answer";
      return { id: item.id, score: 0, max: 1, step: key.step, feedback: `${item.text}: ${lead}, but it is ${TRUTH_TEXT[item.truth]}.` };
    });
    return { parts, misconceptions: [...found] };
  },
};
