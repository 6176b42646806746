// "Reference count": how many references point to an object at a point, as the trace counts them
// (names, container slots, attributes, cells, temporaries), and optionally which ones.
import { z } from "zod";
import { type KindModule } from "./kind";
import { describeObjectRef, resolveObject } from "../trace/objects";
import { describeReferrer, normalizeExpr, referrerSpellings } from "../trace/names";
import { resolvePoint } from "../trace/points";
import { fail, ok, type GradePart } from "../types";

interface ReferrerKey {
  description: string;
  spellings: string[];
  via: "name" | "global" | "object" | "temporary";
}
export interface RefcountKey {
  step: number;
  object: number;
  count: number;
  referrers: ReferrerKey[];
  /** How many distinct names (bindings) hold the object; detectors compare the student's count to it. */
  names: number;
}

export const refcountAnswerSchema = z.object({
  count: z.number().int().min(0).max(100_000),
  referrers: z.array(z.string().max(200)).max(100).optional(),
}).strict();
export type RefcountAnswer = z.infer<typeof refcountAnswerSchema>;

function detect(key: RefcountKey, count: number): string[] {
  if (count === key.count) return [];
  if (count < key.count && count === key.names && key.referrers.some((r) => r.via === "object" || r.via === "temporary")) return ["refcount-counts-names-only"];
  if (count < key.count && count <= 1 && key.names > 1) return ["assign-copies"];
  if (count > key.count) return ["refcount-overcount"];
  return [];
}

/** Matches the student's referrer list to the key's, accepting any spelling of each referrer. */
function gradeReferrers(key: RefcountKey, given: string[]): GradePart {
  const remaining = [...key.referrers];
  let matched = 0;
  const extra: string[] = [];
  for (const g of given) {
    const i = remaining.findIndex((r) => r.spellings.some((s) => normalizeExpr(s) === normalizeExpr(g)));
    if (i >= 0) { matched++; remaining.splice(i, 1); }
    else extra.push(g);
  }
  const denominator = key.referrers.length + extra.length;
  const missing = remaining.map((r) => r.description);
  const feedback = [
    `${matched} of ${key.referrers.length} references found.`,
    missing.length ? `Missing: ${missing.join("; ")}.` : "",
    extra.length ? `Not references at that point: ${extra.join(", ")}.` : "",
  ].filter(Boolean).join(" ");
  return { id: "referrers", score: denominator === 0 ? 1 : matched / denominator, max: 1, feedback };
}

export const refcountKind: KindModule<"refcount", RefcountKey, RefcountAnswer> = {
  kind: "refcount",
  answerSchema: refcountAnswerSchema,
  deriveKey(ctx) {
    const step = resolvePoint(ctx.trace, ctx.q.at);
    if (!step.ok) return step;
    const id = resolveObject(ctx.trace, ctx.q.object, ctx.q.at, "object");
    if (!id.ok) return id;
    const life = ctx.trace.object(id.value);
    if (life?.immortal) return fail("object", "that object is cached by CPython (small int, None, bool, short string or constant): its count counts references from the whole interpreter, so do not ask for it");
    if (!ctx.trace.aliveAt(step.value).includes(id.value)) return fail("object", "that object is not alive at that point, so it has no reference count");
    const state = ctx.trace.stateAt(step.value);
    const referrers = ctx.trace.referrersAt(id.value, step.value).map((r) => ({
      description: describeReferrer(state, r),
      spellings: referrerSpellings(state, r),
      via: r.via,
    }));
    const names = referrers.filter((r) => r.via === "name" || r.via === "global").length;
    return ok({ step: step.value, object: id.value, count: ctx.trace.refcountAt(id.value, step.value), referrers, names });
  },
  studentItems: (q) => ({ object: describeObjectRef(q.object), askReferrers: q.askReferrers }),
  keyAnswer: (key) => ({ count: key.count, referrers: key.referrers.map((r) => r.spellings[0] ?? r.description) }),
  grade(ctx, key, answer) {
    const right = answer.count === key.count;
    const list = key.referrers.map((r) => r.description).join("; ");
    const parts: GradePart[] = [{
      id: "count", score: right ? 1 : 0, max: 1, step: key.step,
      feedback: right ? `Right: ${key.count} reference(s).` : `It has ${key.count} reference(s), not ${answer.count}: ${list || "none"}.`,
    }];
    if (ctx.q.askReferrers) parts.push({ ...gradeReferrers(key, answer.referrers ?? []), step: key.step });
    return { parts, misconceptions: detect(key, answer.count) };
  },
};
