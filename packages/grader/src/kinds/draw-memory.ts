// "Draw memory": the student draws frames, names, heap objects and arrows at a point; graded by
// matching the drawing to the true diagram up to renaming of object ids (see graph/match.ts).
import { PRIMITIVE_KINDS, type KindModule } from "./kind";
import { nameIndex } from "../trace/names";
import { graphFromState, hiddenNames } from "../graph/from-state";
import { matchGraphs } from "../graph/match";
import { scoreGraph } from "../graph/score";
import { memoryGraphSchema, type MemoryGraph } from "../graph/types";
import { resolvePoint } from "../trace/points";
import { fail, ok } from "../types";

export interface DrawMemoryKey {
  step: number;
  graph: MemoryGraph;
  /** key object id -> "the list [1, 2]", for feedback. */
  describe: Record<string, string>;
  /** key object id -> an expression that reaches it ("nums", "head.next"), for arrow feedback. */
  paths: Record<string, string>;
  /** function -> names bound to functions/classes/modules, not asked for and not penalised. */
  hidden: Record<string, string[]>;
}

export const drawMemoryAnswerSchema = memoryGraphSchema;
export type DrawMemoryAnswer = MemoryGraph;

/** More boxes than this is not a drawing exercise any more. */
const MAX_DRAWN = 80;

const SIMPLIFIED_NOTE = "This question uses the simplified model: small values (ints, floats, bools, strings, None) are drawn inside the frame or the container. CPython really stores each of them as an object on the heap, and the frame holds a reference to it.";

export const drawMemoryKind: KindModule<"draw-memory", DrawMemoryKey, DrawMemoryAnswer> = {
  kind: "draw-memory",
  answerSchema: drawMemoryAnswerSchema,
  deriveKey(ctx) {
    const step = resolvePoint(ctx.trace, ctx.q.at);
    if (!step.ok) return step;
    const state = ctx.trace.stateAt(step.value);
    const graph = graphFromState(state, ctx.q.memoryModel);
    const pieces = graph.frames.reduce((n, f) => n + f.bindings.length, 0) + graph.objects.length;
    if (pieces < 2) return fail("at", "memory holds almost nothing at that point (fewer than two names and objects): pick a later point");
    if (graph.objects.length > MAX_DRAWN) return fail("at", `memory holds ${graph.objects.length} objects at that point; a student can draw at most ${MAX_DRAWN}: pick an earlier point or a smaller program`);
    const describe: Record<string, string> = {};
    const paths: Record<string, string> = {};
    const names = nameIndex(state, 2);
    const drawn = new Set(graph.objects.map((o) => o.id));
    for (const o of state.objects) {
      if (!drawn.has(`o${o.id}`)) continue;
      const repr = o.repr.length > 40 ? `${o.repr.slice(0, 37)}...` : o.repr;
      const name = names.get(o.id)?.[0];
      const base = o.kind === "instance" ? `the ${o.type} object` : `the ${o.type} ${repr}`;
      describe[`o${o.id}`] = name && !PRIMITIVE_KINDS.has(o.kind) ? `${base} (${name})` : base;
      if (name) paths[`o${o.id}`] = name;
    }
    const hidden = Object.fromEntries([...hiddenNames(state)].map(([k, v]) => [k, [...v]]));
    return ok({ step: step.value, graph, describe, paths, hidden });
  },
  studentItems: () => ({}),
  keyAnswer: (key) => key.graph,
  grade(ctx, key, answer) {
    const match = matchGraphs(key.graph, answer);
    const hidden = new Map(Object.entries(key.hidden).map(([k, v]) => [k, new Set(v)]));
    const result = scoreGraph({ key: key.graph, student: answer, match, describe: (id) => key.describe[id] ?? id, path: (id) => key.paths[id] ?? key.describe[id] ?? id, hidden, step: key.step });
    return { ...result, notes: ctx.q.memoryModel === "simplified" ? [SIMPLIFIED_NOTE] : [] };
  },
};
