"use client";
// The simulated run beside the editor: the memory diagram at a chosen step, with step controls.
// Clicking an object or a name in the diagram is how the instructor points at a question's target.
import type { RunResult } from "@heapwise/simulator";
import { MemoryView } from "@/components/memory/MemoryView";
import { styles } from "../common";

interface Props {
  result: RunResult | null;
  running: boolean;
  step: number;
  onStep: (step: number) => void;
  onSelectObject?: (id: number) => void;
  onSelectName?: (functionName: string, name: string) => void;
}

export function TracePanel({ result, running, step, onStep, onSelectObject, onSelectName }: Props) {
  const trace = result?.trace ?? null;
  const last = trace ? Math.max(trace.stepCount - 1, 0) : 0;
  const current = Math.min(step, last);
  const info = trace && trace.stepCount > 0 ? trace.step(current) : null;
  return (
    <section aria-labelledby="trace-heading" className={styles.section}>
      <h2 id="trace-heading" style={{ margin: 0, fontSize: "1.1rem" }}>
        Simulated memory {running ? <span className={styles.muted}>(running…)</span> : null}
      </h2>
      {result?.stdout ? (
        <div>
          <span className={styles.muted}>Output</span>
          <pre className={styles.pre} data-testid="sim-output">{result.stdout}</pre>
        </div>
      ) : null}
      {trace && trace.stepCount > 0 ? (
        <>
          <div className={styles.row} style={{ alignItems: "center" }}>
            <button type="button" className={styles.secondary} onClick={() => onStep(Math.max(0, current - 1))} disabled={current === 0}>
              Previous step
            </button>
            <label htmlFor="trace-step" className={styles.visuallyHidden}>Step</label>
            <input id="trace-step" type="range" min={0} max={last} value={current} onChange={(e) => onStep(Number(e.target.value))} style={{ flex: "1 1 120px" }} />
            <button type="button" className={styles.secondary} onClick={() => onStep(Math.min(last, current + 1))} disabled={current === last}>
              Next step
            </button>
          </div>
          <p className={styles.muted} aria-live="polite" style={{ margin: 0 }}>
            Step {current + 1} of {trace.stepCount}
            {info ? ` · line ${info.line} (execution ${info.lineExecution}) in ${info.functionName}` : ""}
          </p>
          <MemoryView
            trace={trace}
            step={current}
            onSelectObject={onSelectObject}
            onSelectName={
              onSelectName
                ? (frameId, name) => {
                    const state = trace.stateAt(current);
                    const frame = [...state.frames, ...state.detachedFrames].find((f) => f.id === frameId);
                    onSelectName(frame?.functionName ?? "<module>", name);
                  }
                : undefined
            }
          />
        </>
      ) : (
        <p className={styles.muted}>{running ? "Running the program…" : result?.error ? "No memory to show until the program runs: see the error under the code." : "No trace yet."}</p>
      )}
    </section>
  );
}
