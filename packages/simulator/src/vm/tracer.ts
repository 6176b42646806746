// What the evaluator tells a trace recorder. Kept as an interface so untraced runs pay nothing.
import { type PyObject } from "../objects/base";
import { type Frame } from "../objects/frames";
import { type StepKind } from "../trace/types";

export interface Tracer {
  step(kind: StepKind, f: Frame): void;
  /** The frame ran instructions since the last step (its locals or temporaries may differ). */
  markFrame(f: Frame): void;
  namespaceChanged(f: Frame, ns: Map<string, PyObject>): void;
}
