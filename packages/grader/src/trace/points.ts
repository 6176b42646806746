// Resolves a question's point in execution ("after line 7 runs the 2nd time", "when f returns",
// "at the end") to a trace step, with messages an instructor can act on when it never happens.
import { type Trace } from "@heapwise/simulator";
import { type Point } from "../question/schema";
import { fail, ok, type Result } from "../types";

export const ordinal = (n: number): string => {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
};

export function describePoint(p: Point): string {
  if (p.at === "end") return "at the end of the program (after its last statement)";
  if (p.at === "return") return `when ${p.function} returns${p.call > 1 ? ` (its ${ordinal(p.call)} call)` : ""}`;
  return `after line ${p.line} runs${p.execution > 1 ? ` for the ${ordinal(p.execution)} time` : ""}`;
}

export function returnSteps(trace: Trace, fn: string): number[] {
  const steps: number[] = [];
  for (let i = 0; i < trace.stepCount; i++) {
    const s = trace.step(i);
    if (s.kind === "return" && s.functionName === fn) steps.push(i);
  }
  return steps;
}

/**
 * "At the end": the module frame's return, i.e. after the last statement with the globals still
 * bound (the trace's later "end" steps show the interpreter after the module frame is gone and at shutdown).
 */
export function endStep(trace: Trace): number {
  for (let i = trace.stepCount - 1; i >= 0; i--) {
    const s = trace.step(i);
    if (s.kind === "return" && s.functionName === "<module>" && s.depth <= 1) return i;
  }
  return trace.stepCount - 1;
}

export function resolvePoint(trace: Trace, p: Point, path = "at"): Result<number> {
  if (p.at === "end") return ok(endStep(trace));
  if (p.at === "return") {
    const steps = returnSteps(trace, p.function);
    const step = steps[p.call - 1];
    if (step !== undefined) return ok(step);
    if (steps.length === 0) return fail(path, `${p.function} never returns in this program (is it called? does it raise?)`);
    return fail(path, `${p.function} returns only ${steps.length} time(s), so its ${ordinal(p.call)} return never happens`);
  }
  const step = trace.stepAfterLine(p.line, p.execution);
  if (step !== undefined) return ok(step);
  const runs = trace.stepsAtLine(p.line).length;
  if (runs === 0) return fail(path, `line ${p.line} never runs (it may be blank, a comment, or in code that is not reached)`);
  return fail(path, `line ${p.line} runs only ${runs} time(s), so its ${ordinal(p.execution)} execution never happens`);
}
