"use client";
import type { Trace } from "@heapwise/simulator";
import { useState, type FormEvent } from "react";
import type { Stepper } from "./useStepper";

/** Back / forward / play / jump-to-line controls; ←/→ keys are wired by useArrowKeys. */
export function StepControls({ trace, stepper }: { trace: Trace; stepper: Stepper }) {
  const { step, last, setStep, next, prev, playing, togglePlay } = stepper;
  const info = trace.stepCount > 0 ? trace.step(step) : null;
  const [lineText, setLineText] = useState("");
  const [jumpError, setJumpError] = useState<string | null>(null);

  function jump(e: FormEvent) {
    e.preventDefault();
    const line = Number(lineText);
    const steps = Number.isInteger(line) ? trace.stepsAtLine(line) : [];
    // Jump to the next execution of that line after the current step, wrapping to the first.
    const target = steps.find((s) => s > step) ?? steps[0];
    if (target === undefined) {
      setJumpError(`Line ${lineText} never runs.`);
      return;
    }
    setJumpError(null);
    setStep(target);
  }

  return (
    <div className="step-controls" role="group" aria-label="Step controls">
      <div className="row">
        <button type="button" className="btn btn-small" onClick={() => setStep(0)} disabled={step === 0} aria-label="First step">
          First
        </button>
        <button type="button" className="btn btn-small" onClick={prev} disabled={step === 0} title="Previous step (←)">
          ◀ Back
        </button>
        <button type="button" className="btn btn-small" onClick={togglePlay} aria-pressed={playing}>
          {playing ? "Pause" : "▶ Play"}
        </button>
        <button type="button" className="btn btn-small" onClick={next} disabled={step >= last} title="Next step (→)">
          Forward ▶
        </button>
        <button type="button" className="btn btn-small" onClick={() => setStep(last)} disabled={step >= last} aria-label="Last step">
          Last
        </button>
        <form className="row" onSubmit={jump}>
          <label>
            <span className="sr-only">Jump to line</span>
            <input className="line-input" inputMode="numeric" placeholder="line" value={lineText} onChange={(e) => setLineText(e.target.value)} aria-label="Jump to line" />
          </label>
          <button type="submit" className="btn btn-small">
            Jump to line
          </button>
        </form>
      </div>
      <input
        type="range"
        min={0}
        max={last}
        value={step}
        onChange={(e) => setStep(Number(e.target.value))}
        aria-label="Step"
        className="step-slider"
      />
      <p className="muted step-label" aria-live="polite" data-testid="step-label">
        Step {step + 1} of {last + 1}
        {info && (
          <>
            {" "}
            — {info.kind === "end" ? "program end" : `line ${info.line}`}
            {info.lineExecution > 1 ? ` (execution ${info.lineExecution})` : ""} in {info.functionName}
          </>
        )}
        {" · ←/→ keys step"}
      </p>
      {jumpError && <p className="error" role="alert">{jumpError}</p>}
    </div>
  );
}
