"use client";
import type { StepIndex, Trace } from "@heapwise/simulator";
import { CodeView, type LineMessage } from "@/components/code";
import { MemoryView } from "./MemoryView";
import { StepControls } from "./StepControls";
import { useArrowKeys, useStepper } from "./useStepper";

const finalOutputs = new WeakMap<Trace, string>();
function finalOutput(trace: Trace): string {
  let out = finalOutputs.get(trace);
  if (out === undefined) {
    out = trace.stepCount > 0 ? trace.stateAt(trace.stepCount - 1).output : "";
    finalOutputs.set(trace, out);
  }
  return out;
}

export interface ReplayProps {
  trace: Trace;
  initialStep?: StepIndex;
  messages?: LineMessage[];
  /** When several replays share a page, only the focused one should own the arrow keys. */
  keyboard?: boolean;
  title?: string;
}

/** Code on the left with the current line marked, memory on the right, controls above. */
export function Replay({ trace, initialStep = 0, messages, keyboard = true, title = "Replay" }: ReplayProps) {
  const stepper = useStepper(trace, initialStep);
  useArrowKeys(stepper, keyboard);
  const info = trace.stepCount > 0 ? trace.step(stepper.step) : null;
  // The output so far is a prefix of the final output: no extra state lookup per step.
  const output = info ? finalOutput(trace).slice(0, info.outputLength) : "";
  return (
    <section className="replay" aria-label={title} data-testid="replay" data-step={stepper.step}>
      <StepControls trace={trace} stepper={stepper} />
      <div className="replay-grid">
        <div className="stack">
          <CodeView source={trace.source} line={info && info.kind !== "end" ? info.line : null} messages={messages} label={`${title}: program`} />
          <div>
            <h3 className="small-heading">Output</h3>
            <pre className="output" data-testid="replay-output">{output || " "}</pre>
          </div>
        </div>
        <MemoryView trace={trace} step={stepper.step} />
      </div>
    </section>
  );
}
