"use client";
// Chooses the moment a question asks about: after a given execution of a line, when a function
// returns, or at program end. A line is picked by clicking it in the editor (pick mode) or, from
// the keyboard, by moving the cursor there and pressing "Use cursor line".
import type { Trace } from "@heapwise/simulator";
import { styles } from "../common";
import type { PointDraft } from "./draft";

interface Props {
  point: PointDraft | undefined;
  onChange: (p: PointDraft) => void;
  trace: Trace | null;
  cursorLine: number;
  picking: boolean;
  onPickingChange: (on: boolean) => void;
}

export function PointPicker({ point, onChange, trace, cursorLine, picking, onPickingChange }: Props) {
  const mode = point?.at ?? "end";
  const executions = point?.at === "after-line" && trace ? trace.stepsAtLine(point.line).length : 0;
  return (
    <fieldset className={styles.section}>
      <legend>Point in the run</legend>
      <div className={styles.row}>
        {(["after-line", "return", "end"] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="point-mode"
              checked={mode === m}
              onChange={() => onChange(m === "after-line" ? { at: m, line: cursorLine, execution: 1 } : m === "return" ? { at: m, function: "", call: 1 } : { at: "end" })}
            />{" "}
            {m === "after-line" ? "After a line runs" : m === "return" ? "When a function returns" : "At program end"}
          </label>
        ))}
      </div>
      {point?.at === "after-line" ? (
        <div className={styles.row}>
          <div className={styles.field}>
            <label htmlFor="point-line">Line</label>
            <input id="point-line" type="number" min={1} value={point.line} onChange={(e) => onChange({ ...point, line: Math.max(1, Number(e.target.value)) })} style={{ width: "6rem" }} />
          </div>
          <div className={styles.field}>
            <label htmlFor="point-exec">Which execution</label>
            <select id="point-exec" value={point.execution} onChange={(e) => onChange({ ...point, execution: Number(e.target.value) })}>
              {Array.from({ length: Math.max(executions, point.execution, 1) }, (_, i) => (
                <option key={i + 1} value={i + 1}>
                  {i + 1}
                  {i + 1 > executions ? " (never runs)" : ""}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className={styles.secondary} aria-pressed={picking} onClick={() => onPickingChange(!picking)}>
            {picking ? "Click a line in the code…" : "Pick line in code"}
          </button>
          <button type="button" className={styles.secondary} onClick={() => onChange({ ...point, line: cursorLine, execution: 1 })}>
            Use cursor line ({cursorLine})
          </button>
        </div>
      ) : null}
      {point?.at === "return" ? (
        <div className={styles.row}>
          <div className={styles.field}>
            <label htmlFor="point-fn">Function name</label>
            <input id="point-fn" value={point.function} onChange={(e) => onChange({ ...point, function: e.target.value })} />
          </div>
          <div className={styles.field}>
            <label htmlFor="point-call">Which call</label>
            <input id="point-call" type="number" min={1} value={point.call} onChange={(e) => onChange({ ...point, call: Math.max(1, Number(e.target.value)) })} style={{ width: "6rem" }} />
          </div>
        </div>
      ) : null}
    </fieldset>
  );
}
