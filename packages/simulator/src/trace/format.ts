// The serialised trace (format version 1). A run is a list of steps; each step lists what was
// allocated and freed since the previous step and a list of ops that turn the previous memory
// picture into this one. Nothing is copied per step: Trace replays ops from checkpoints.
import { type FreeReason, type ObjectKind, type Immortality, type StepKind } from "./types";

/**
 * Ops (arrays, first element is the op code):
 *   ["r", objId, start, deleteCount, targets[], labels[] | null]  splice the object's references
 *   ["S", keep, ...frameIds]      call stack: keep the first `keep` frames, then push these
 *   ["F", frameId, functionName, generatorId]   a frame seen for the first time
 *   ["b", frameId, name, target, storage, cellId]  binding (target -1: unbound, -2: removed)
 *   ["t", frameId, ...objIds]     the frame's temporaries, bottom to top
 *   ["l", frameId, line]          the frame's current line
 *   ["g", name, target]           module global (target -2: deleted)
 *   ["D", ...frameIds]            frames alive off the stack (suspended generators, tracebacks)
 *   ["x", frameId]                the frame is gone
 */
export type Op =
  | ["r", number, number, number, number[], (string | null)[] | null]
  | ["S", number, ...number[]]
  | ["F", number, string, number]
  | ["b", number, string, number, number, number]
  | ["t", number, ...number[]]
  | ["l", number, number]
  | ["g", string, number]
  | ["D", ...number[]]
  | ["x", number];

export const STEP_KINDS: StepKind[] = ["line", "call", "return", "exception", "end"];
export const FREE_REASONS: FreeReason[] = ["refcount", "gc", "program-end"];
export const STORAGE = ["local", "cell", "free", "global"] as const;

/** [kind, line, lineExecution, frameId, depth, outputLength, allocated, freed, ops] */
export type StepRow = [number, number, number, number, number, number, number[], FreeRow[], Op[]];
/** [objId, reason, line, lineExecution] */
export type FreeRow = [number, number, number, number];

/** [id, type, kind, immortal, createdStep, createdLine, createdExecution, repr | null, freedStep] */
export type ObjectRow = [number, string, ObjectKind, Immortality | null, number, number, number, string | null, number];

export interface TraceData {
  format: "heapwise-trace";
  version: 1;
  python: "3.11" | "3.14";
  source: string;
  output: string;
  shutdownOutputStart: number;
  functionNames: Record<string, string>;
  steps: StepRow[];
  objects: ObjectRow[];
  /** Frees during interpreter shutdown (reason program-end); their step is steps.length. */
  shutdownFrees: FreeRow[];
}
