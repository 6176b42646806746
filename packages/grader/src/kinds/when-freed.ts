// "When is it freed": the line (and which execution of it) whose execution frees the object, or the
// cyclic collector at a line, or never before the program ends. Keys come from ObjectLifetime.freed.
import { z } from "zod";
import { type ObjectLifetime } from "@heapwise/simulator";
import { enclosingLoop, lineFlavor, type KindContext, type KindModule } from "./kind";
import { describeObjectRef, resolveObject } from "../trace/objects";
import { ordinal } from "../trace/points";
import { fail, ok, type GradePart } from "../types";

export type WhenFreedKey =
  | { freed: "line" | "gc"; line: number; execution: number; runs: number; step: number; object: number; createdLine: number; createdExecution: number }
  | { freed: "never"; reason: "program-end" | "immortal"; object: number; cycle: boolean };

const lineNumber = z.union([z.number().int().min(1), z.string().regex(/^\s*\d+\s*$/, { message: "a line number" }).transform(Number)]);

export const whenFreedAnswerSchema = z.discriminatedUnion("freed", [
  z.object({ freed: z.literal("line"), line: lineNumber, execution: z.number().int().min(1).optional() }).strict(),
  z.object({ freed: z.literal("gc"), line: lineNumber, execution: z.number().int().min(1).optional() }).strict(),
  z.object({ freed: z.literal("never") }).strict(),
]);
export type WhenFreedAnswer = z.infer<typeof whenFreedAnswerSchema>;

function inCycle(ctx: KindContext<"when-freed">, id: number): boolean {
  const o = ctx.trace.object(id);
  if (!o) return false;
  const step = o.freed ? Math.max(0, o.freed.step - 1) : ctx.trace.stepCount - 1;
  const state = ctx.trace.stateAt(step);
  const objs = new Map(state.objects.map((x) => [x.id, x]));
  const seen = new Set<number>();
  const stack = (objs.get(id)?.refs ?? []).map((r) => r.target);
  while (stack.length) {
    const cur = stack.pop() as number;
    if (cur === id) return true;
    if (seen.has(cur)) continue;
    seen.add(cur);
    for (const r of objs.get(cur)?.refs ?? []) stack.push(r.target);
  }
  return false;
}

/** Beliefs that make a student name `line` when the object really survives past it. */
function tooEarly(ctx: KindContext<"when-freed">, line: number, key: WhenFreedKey, byGc: boolean): string[] {
  const flavor = lineFlavor(ctx.lines, line);
  if (key.freed === "never" && key.reason === "program-end" && byGc) return ["gc-frees-reachable"];
  if (key.freed === "never" && key.reason === "immortal") return ["small-int-new"];
  if (key.freed === "never" && key.cycle) return ["refcount-cycles"];
  if (key.freed === "gc") return ["refcount-cycles"];
  if (flavor.has("del-name")) return ["del-destroys"];
  if (flavor.has("del-item") || flavor.has("remove")) return ["container-owns"];
  if (flavor.has("return")) return ["return-frees"];
  if (flavor.has("yield")) return ["generator-frees-locals"];
  if (flavor.has("loop")) return ["loop-var-gone"];
  if (enclosingLoop(ctx.lines, line) !== null) return ["scope-end-frees"];
  return [];
}

function tooLate(key: WhenFreedKey, answer: WhenFreedAnswer): string[] {
  if (key.freed !== "line") return key.freed === "never" && answer.freed === "gc" ? ["gc-frees-reachable"] : [];
  if (answer.freed === "gc") return ["gc-later"];
  const temporary = key.line === key.createdLine && key.execution === key.createdExecution;
  return [temporary ? "temp-lives" : "gc-later"];
}

function describeKey(key: WhenFreedKey): string {
  if (key.freed === "never") return key.reason === "immortal" ? "it is never freed: CPython caches it for the whole run" : "it is still alive when the program ends";
  const which = key.runs > 1 ? ` (its ${ordinal(key.execution)} execution)` : "";
  return key.freed === "gc" ? `the cyclic collector frees it while line ${key.line} runs${which}` : `it is freed while line ${key.line} runs${which}, when its last reference goes`;
}

function score(key: WhenFreedKey, a: WhenFreedAnswer): { score: number; why: string } {
  if (key.freed === "never") return a.freed === "never" ? { score: 1, why: "Right." } : { score: 0, why: `Not so: ${describeKey(key)}.` };
  if (a.freed === "never") return { score: 0, why: `It is freed before the end: ${describeKey(key)}.` };
  if (a.line !== key.line) return { score: 0, why: `Line ${a.line} is not it: ${describeKey(key)}.` };
  const mechanism = a.freed === key.freed ? 1 : 0.5;
  const needsExecution = key.runs > 1;
  const execution = !needsExecution || a.execution === key.execution ? 1 : 0.5;
  const value = mechanism * execution;
  const parts = [`Right line (${key.line}).`];
  if (mechanism < 1) parts.push(key.freed === "gc" ? "But reference counting cannot free it: it is in a cycle, and the cyclic collector frees it." : "But it is reference counting that frees it, the moment its last reference goes; no collector is needed.");
  if (execution < 1) parts.push(`Line ${key.line} runs ${key.runs} times; it is the ${ordinal(key.execution)} execution that frees it.`);
  return { score: value, why: parts.join(" ") };
}

export const whenFreedKind: KindModule<"when-freed", WhenFreedKey, WhenFreedAnswer> = {
  kind: "when-freed",
  answerSchema: whenFreedAnswerSchema,
  deriveKey(ctx) {
    const id = resolveObject(ctx.trace, ctx.q.object, ctx.q.at, "object");
    if (!id.ok) return id;
    const o = ctx.trace.object(id.value) as ObjectLifetime | undefined;
    if (!o) return fail("object", "the simulator has no record of that object");
    if (o.immortal) return ok({ freed: "never", reason: "immortal", object: o.id, cycle: false });
    if (!o.freed || o.freed.reason === "program-end") return ok({ freed: "never", reason: "program-end", object: o.id, cycle: inCycle(ctx, o.id) });
    const runs = ctx.trace.stepsAtLine(o.freed.line).length;
    const freed = o.freed.reason === "gc" ? "gc" : "line";
    return ok({ freed, line: o.freed.line, execution: o.freed.lineExecution, runs, step: o.freed.step, object: o.id, createdLine: o.createdLine, createdExecution: o.createdExecution });
  },
  studentItems: (q) => ({ object: describeObjectRef(q.object) }),
  keyAnswer: (key) => (key.freed === "never" ? { freed: "never" } : { freed: key.freed, line: key.line, execution: key.execution }),
  grade(ctx, key, answer) {
    const { score: s, why } = score(key, answer);
    const part: GradePart = { id: "freed", score: s, max: 1, feedback: why };
    if (key.freed !== "never") part.step = key.step;
    let found: string[] = [];
    if (s < 1 && answer.freed !== "never") {
      // Compare moments, not line numbers: loops and calls make later lines run earlier.
      const theirs = ctx.trace.stepsAtLine(answer.line)[(answer.execution ?? 1) - 1];
      const early = key.freed === "never" || (theirs !== undefined && theirs < key.step) || (answer.line === key.line && answer.freed === "line" && key.freed === "gc");
      found = early ? tooEarly(ctx, answer.line, key, answer.freed === "gc") : tooLate(key, answer);
    } else if (s < 1) found = tooLate(key, answer);
    return { parts: [part], misconceptions: found };
  },
};
