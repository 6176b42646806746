// Every behaviour that differs between CPython versions lives here, not in scattered conditionals.
import { type PythonVersion } from "../trace/types";

export interface Profile {
  version: PythonVersion;
  /** Rule 5: order in which a finished frame releases its locals (co_varnames order). */
  frameLocalsLastToFirst: boolean;
  /** Rule 6: nested deallocations before the trashcan defers the rest (LIFO). */
  trashcanDepth: number;
  /** Automatic collection thresholds (generation 0, 1, 2). */
  gcThresholds: [number, number, number];
  /** Whether output printed by finalizers at interpreter shutdown is observable. */
  shutdownOutput: boolean;
  /** ZeroDivisionError messages by operation. */
  zeroDiv: { intDiv: string; intFloorDiv: string; intMod: string; floatDiv: string; floatFloorDiv: string; floatMod: string };
  /** "too many values to unpack (expected 2)" gains ", got 3" in 3.14. */
  unpackReportsGot: boolean;
  /** 3.14: "cannot use 'list' as a dict key (unhashable type: 'list')". */
  unhashableNamesUse: boolean;
  /** Rule 18: the order a full collection visits the generation lists (3.11: oldest, youngest, middle). */
  fullCollectOrder: number[];
  /** list.index: 3.11 "5 is not in list", 3.14 "list.index(x): x not in list". */
  listIndexGenericMessage: boolean;
  /** 3.14 keeps an uncaught exception (and its traceback's frames) until shutdown. */
  uncaughtKeptUntilShutdown: boolean;
  /** slice objects became hashable in 3.12. */
  slicesHashable: boolean;
  /** 3.12+: sum() adds floats (and ints, once the total is a float) with Neumaier compensation. */
  sumCompensated: boolean;
  /**
   * A dict starts untracked by the collector and joins the youngest list only when a key or value
   * that may be tracked is stored (MAINTAIN_TRACKING); a full collection untracks dicts, and every
   * collection untracks tuples, that hold nothing trackable. Where an object sits in the
   * collector's lists decides the order finalizers run in.
   */
  lazyGcTracking: boolean;
  /** 3.13+: listsort's count_run lets descending runs hold equal items (other comparisons). */
  sortRunsWithEquals: boolean;
  /** min()/max() of nothing: "arg is an empty sequence" until 3.13, "iterable argument is empty" after. */
  minMaxEmptyIterable: boolean;
  /** `xs[a:b] = 5`: the TypeError's words changed in 3.12. */
  sliceAssignNotIterable: string;
  /** Word size of the oracle's build: hashes, set order and sys.maxsize (Pyodide is 32-bit). */
  wordBits: 64 | 32;
  /** 3.11's compiler rebuilds a constant frozenset from its own order when merging constants. */
  constSetRebuilt: boolean;
  /**
   * PEP 709 (3.12+): list, set and dict comprehensions run inline in the enclosing frame (no
   * frame of their own; their loop variables are hidden fast locals, saved and restored around
   * them). Generator expressions keep their own frame.
   */
  inlineComprehensions: boolean;
  /**
   * 3.13+: a class's shared keys (the order its instances release their attributes in, rule 6)
   * start with its __static_attributes__, the sorted names its methods store as `self.X`; other
   * names follow in the order first set. Not for exception classes (their dict is their own).
   */
  staticAttributeKeys: boolean;
  /**
   * The arguments of a call to a builtin (and `self`, for a method) are released after it last to
   * first in 3.13+ (the generated DECREF_INPUTS closes the stack from the top), first to last before.
   */
  callArgsLastToFirst: boolean;
  /**
   * 3.13+: instructions release the operands they consume from the top of the stack down (the
   * generated DECREF_INPUTS): ==, in and `is` the right operand first, `c[i] = v` the index, the
   * container, then the value. 3.11 releases them bottom up.
   */
  inputsReleasedTopFirst: boolean;
  /**
   * 3.13+: when a binary operation or subscript raises, its operands stay on the stack and the
   * unwinding releases them top first (right, then left); 3.11 releases left, then right.
   */
  failedOperandsRightFirst: boolean;
}

const P311: Profile = {
  version: "3.11",
  frameLocalsLastToFirst: false,
  trashcanDepth: 50,
  gcThresholds: [700, 10, 10],
  shutdownOutput: true,
  zeroDiv: {
    intDiv: "division by zero", intFloorDiv: "integer division or modulo by zero", intMod: "integer modulo by zero",
    floatDiv: "float division by zero", floatFloorDiv: "float floor division by zero", floatMod: "float modulo",
  },
  unpackReportsGot: false,
  unhashableNamesUse: false,
  fullCollectOrder: [2, 0, 1],
  listIndexGenericMessage: false,
  uncaughtKeptUntilShutdown: false,
  slicesHashable: false,
  sumCompensated: false,
  lazyGcTracking: true,
  sortRunsWithEquals: false,
  minMaxEmptyIterable: false,
  sliceAssignNotIterable: "can only assign an iterable",
  wordBits: 64,
  constSetRebuilt: true,
  inlineComprehensions: false,
  staticAttributeKeys: false,
  callArgsLastToFirst: false,
  inputsReleasedTopFirst: false,
  failedOperandsRightFirst: false,
};

const DIV = "division by zero";

// 3.14 clears a frame's locals from the last slot down (observed with Pyodide 3.14.2).
const P314: Profile = {
  ...P311,
  version: "3.14",
  frameLocalsLastToFirst: true,
  gcThresholds: [2000, 10, 0],
  zeroDiv: { intDiv: DIV, intFloorDiv: DIV, intMod: DIV, floatDiv: DIV, floatFloorDiv: DIV, floatMod: DIV },
  unpackReportsGot: true,
  unhashableNamesUse: true,
  // 3.14's incremental collector: survivors of young collections, then of full ones, then the young.
  fullCollectOrder: [1, 2, 0],
  listIndexGenericMessage: true,
  uncaughtKeptUntilShutdown: true,
  slicesHashable: true,
  sumCompensated: true,
  // Observed: 3.14's collector orders such dicts as if they were tracked from creation.
  lazyGcTracking: false,
  sortRunsWithEquals: true,
  minMaxEmptyIterable: true,
  sliceAssignNotIterable: "must assign iterable to extended slice",
  // The 3.14 oracle is Pyodide, a 32-bit (wasm32) build.
  wordBits: 32,
  constSetRebuilt: false,
  inlineComprehensions: true,
  staticAttributeKeys: true,
  callArgsLastToFirst: true,
  inputsReleasedTopFirst: true,
  failedOperandsRightFirst: true,
  // 3.14 defers deallocation only when the C stack is nearly exhausted (tens of thousands of
  // levels natively; Pyodide's JS stack overflows first, near 8,000): chains free in plain order.
  trashcanDepth: Number.POSITIVE_INFINITY,
};

export function profileFor(v: PythonVersion | undefined): Profile {
  return v === "3.11" ? P311 : P314;
}
