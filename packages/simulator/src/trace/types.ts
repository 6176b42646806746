// The public shape of a simulated run: what the grader and the web app read.
// This file is the contract between packages/simulator and its consumers; add fields freely,
// but renaming or removing one breaks packages/grader and apps/web.

export type PythonVersion = "3.11" | "3.14";
export const DEFAULT_PYTHON: PythonVersion = "3.14";

/** Stable within one run; objects are numbered in allocation order (cached singletons included). */
export type ObjectId = number;
/** Index into the run's steps, 0-based. */
export type StepIndex = number;

export type StepKind = "line" | "call" | "return" | "exception" | "end";

/** Why an object was freed. */
export type FreeReason = "refcount" | "gc" | "program-end";

/** Coarse families of objects, used by the grader and the visualizer to draw and to compare. */
export type ObjectKind =
  | "int" | "float" | "str" | "bool" | "none"
  | "tuple" | "list" | "dict" | "set" | "frozenset" | "range"
  | "instance" | "class" | "function" | "builtin" | "method" | "cell"
  | "generator" | "iterator" | "exception" | "traceback" | "frame" | "module" | "other";

/** Why an object is never freed. */
export type Immortality = "cached" | "constant";

/**
 * One step of the run. A "line" step is emitted when a line is about to run (as sys.settrace's
 * 'line' event); the state at that step is the state before the line runs. Frees and allocations
 * listed on a step happened between the previous step and this one.
 */
export interface StepInfo {
  index: StepIndex;
  kind: StepKind;
  line: number; // 1-based source line
  /** Which execution of `line` this is (1-based), counted over the whole run. */
  lineExecution: number;
  functionName: string; // "<module>" at top level
  frameId: number; // the frame this step belongs to
  depth: number; // number of frames on the call stack, module frame included
  allocated: ObjectId[];
  freed: FreeEvent[];
  outputLength: number; // length of stdout after this step
}

export interface FreeEvent {
  id: ObjectId;
  reason: FreeReason;
  /** The line executing when the object was freed, and which execution of that line it was. */
  line: number;
  lineExecution: number;
}

export interface ObjectLifetime {
  id: ObjectId;
  type: string; // Python type name: "int", "list", "Node", "function", ...
  kind: ObjectKind;
  immortal: Immortality | null;
  createdStep: StepIndex;
  createdLine: number; // 0 for objects that exist before the program starts (cached singletons)
  createdExecution: number;
  freed: (FreeEvent & { step: StepIndex }) | null; // null: never freed (still alive at end, or immortal)
}

/** An outgoing reference from a heap object, in the order CPython holds them. */
export interface ObjectRef {
  /** How the reference is held: "[0]" list/tuple slot, "key" / "value" of dict entry i, ".attr" attribute, "cell", "__class__"... */
  label: string;
  target: ObjectId;
}

export interface ObjectView {
  id: ObjectId;
  type: string;
  kind: ObjectKind;
  repr: string; // Python repr, possibly shortened with "..."
  refcount: number; // number of references shown by the trace (names, slots, attributes, cells, temporaries...)
  immortal: Immortality | null;
  refs: ObjectRef[];
}

export interface Binding {
  name: string;
  target: ObjectId | null; // null: declared (e.g. a local not yet assigned) but unbound
  /** "local" plain fast local, "cell" a local captured by an inner function, "free" a closure variable. */
  storage: "local" | "cell" | "free" | "global";
  /** For "cell"/"free": the cell object that holds the value. */
  cell?: ObjectId;
}

export interface FrameView {
  id: number;
  functionName: string; // "<module>" for the module frame
  line: number;
  bindings: Binding[];
  /** Objects held by the frame's evaluation stack (temporaries), bottom to top. */
  temporaries: ObjectId[];
  /** For generator frames that are suspended: the generator object owning them. */
  generator?: ObjectId;
}

/** The memory picture at one step. */
export interface MemoryState {
  step: StepIndex;
  /** Active call stack, module frame first. */
  frames: FrameView[];
  /** Frames kept alive off the stack (suspended generators, frames held by tracebacks). */
  detachedFrames: FrameView[];
  /**
   * Module namespace (the globals); the module frame's bindings are these names, then (3.12+,
   * while one runs) the variables of a comprehension inlined at module level.
   */
  globals: Binding[];
  /** Every live heap object at this step, in id order. Cached singletons are included once referenced. */
  objects: ObjectView[];
  output: string;
}

/** Who holds a reference to an object. */
export type Referrer =
  | { via: "name"; frameId: number; functionName: string; name: string }
  | { via: "global"; name: string }
  | { via: "object"; from: ObjectId; label: string }
  | { via: "temporary"; frameId: number; functionName: string };

/** The result of running a program. Errors are values, never thrown. */
export type ProgramError =
  | { type: "NotSupported"; message: string; line: number }
  | { type: "SyntaxError"; message: string; line: number; column?: number; /** "IndentationError" for indentation problems */ pythonType?: string }
  /** An uncaught Python exception: `traceback` is the full text CPython prints on stderr. */
  | { type: "PythonError"; pythonType: string; message: string; line: number; traceback: string }
  | { type: "LimitExceeded"; limit: "steps" | "objects" | "output"; message: string; line: number };

export interface SimulateOptions {
  python?: PythonVersion; // default DEFAULT_PYTHON
  /** Record a step trace (default true). Without it only stdout/stderr/error are produced, faster. */
  trace?: boolean;
  maxSteps?: number; // default 1_000_000
  maxObjects?: number; // live heap objects, default 100_000
  recursionLimit?: number; // default 1000, raises RecursionError like CPython
  maxOutputChars?: number; // default 1_000_000
  /** File name shown in tracebacks (default "main.py"); the CLI passes the path it was given. */
  filename?: string;
}

export interface RunResult {
  /** Exactly what CPython would print on stdout (including `__del__` output at shutdown). */
  stdout: string;
  /** Traceback text of an uncaught exception, or the NotSupported/SyntaxError/limit message. */
  stderr: string;
  /** Index in stdout where interpreter-shutdown output (finalizers run at program end) begins. */
  shutdownOutputStart: number;
  /** 0 ok, 1 uncaught Python exception or limit, 2 NotSupported. */
  exitCode: 0 | 1 | 2;
  error: ProgramError | null;
  /** Present when options.trace is not false; partial when the run stopped on an error. */
  trace: Trace | null;
}

/**
 * Random-access queries over a run. Implementations keep deltas and checkpoints, not a heap
 * copy per step, so stateAt() on a 100k-step trace is cheap.
 */
export interface Trace {
  readonly python: PythonVersion;
  readonly source: string;
  readonly stepCount: number;
  step(i: StepIndex): StepInfo;
  /** The memory picture at step i (see StepInfo for what "at" means). */
  stateAt(i: StepIndex): MemoryState;
  object(id: ObjectId): ObjectLifetime | undefined;
  /** Every object the run allocated (and cached singletons it referenced), in id order. */
  objects(): ObjectLifetime[];
  aliveAt(i: StepIndex): ObjectId[];
  refcountAt(id: ObjectId, i: StepIndex): number;
  referrersAt(id: ObjectId, i: StepIndex): Referrer[];
  /** Steps whose line is `line`, in order (index k is the (k+1)-th execution of the line). */
  stepsAtLine(line: number): StepIndex[];
  /** The first step after the given execution of a line has finished running, or undefined if it never ran. */
  stepAfterLine(line: number, execution: number): StepIndex | undefined;
  /** Serialisable form, validated by `traceJsonSchema`; `loadTrace(json)` restores a Trace. */
  toJSON(): unknown;
}
