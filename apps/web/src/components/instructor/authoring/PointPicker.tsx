"use client";
// Chooses the moment a question asks about: after a given execution of a line, when a function
// returns (chosen from the functions that return in the run, or by clicking a line of the function
// in the code), or at program end. A line is picked by clicking it in the editor (pick mode) or,
// from the keyboard, by moving the cursor there and pressing "Use cursor line".
import { useMemo } from "react";
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
  const returns = useMemo(() => returnsByFunction(trace), [trace]);
  const firstFunction = [...returns.keys()][0] ?? "";
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
              onChange={() => onChange(m === "after-line" ? { at: m, line: cursorLine, execution: 1 } : m === "return" ? { at: m, function: firstFunction, call: 1 } : { at: "end" })}
            />{" "}
            {m === "after-line" ? "After a line runs" : m === "return" ? "When a function returns" : "At program end"}
          </label>
        ))}
      </div>
      {/* Saved questions may leave execution/call out (the grader reads 1): show 1 rather than an empty select. */}
      {point?.at === "after-line" ? (
        <div className={styles.row}>
          <div className={styles.field}>
            <label htmlFor="point-line">Line</label>
            <input id="point-line" type="number" min={1} value={point.line} onChange={(e) => onChange({ ...point, line: Math.max(1, Number(e.target.value)) })} style={{ width: "6rem" }} />
          </div>
          <div className={styles.field}>
            <label htmlFor="point-exec">Which execution</label>
            <select id="point-exec" value={point.execution || 1} onChange={(e) => onChange({ ...point, execution: Number(e.target.value) })}>
              {Array.from({ length: Math.max(executions, point.execution || 1) }, (_, i) => (
                <option key={i + 1} value={i + 1}>
                  {i + 1}
                  {i + 1 > executions ? " (never runs)" : ""}
                </option>
              ))}
            </select>
          </div>
          <PickButton picking={picking} onPickingChange={onPickingChange} idle="Pick line in code" active="Click a line in the code…" />
          <button type="button" className={styles.secondary} onClick={() => onChange({ ...point, line: cursorLine, execution: 1 })}>
            Use cursor line ({cursorLine})
          </button>
        </div>
      ) : null}
      {point?.at === "return" ? (
        <div className={styles.row}>
          <div className={styles.field}>
            <label htmlFor="point-fn">Function</label>
            <select id="point-fn" value={point.function} onChange={(e) => onChange({ ...point, function: e.target.value, call: 1 })}>
              {returns.size === 0 ? <option value="">(no function returns in this run)</option> : null}
              {!returns.has(point.function) && point.function ? <option value={point.function}>{point.function} (never returns)</option> : null}
              {[...returns.keys()].map((fn) => (
                <option key={fn} value={fn}>{fn}</option>
              ))}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor="point-call">Which call</label>
            <select id="point-call" value={point.call || 1} onChange={(e) => onChange({ ...point, call: Number(e.target.value) })}>
              {Array.from({ length: Math.max(returns.get(point.function) ?? 0, point.call || 1) }, (_, i) => (
                <option key={i + 1} value={i + 1}>
                  {i + 1}
                  {i + 1 > (returns.get(point.function) ?? 0) ? " (never returns)" : ""}
                </option>
              ))}
            </select>
          </div>
          <PickButton picking={picking} onPickingChange={onPickingChange} idle="Pick function in code" active="Click its def or any line inside it…" />
        </div>
      ) : null}
    </fieldset>
  );
}

/** Turns the editor's pick mode on and off; the editor reports the clicked line to the page. */
function PickButton({ picking, onPickingChange, idle, active }: { picking: boolean; onPickingChange: (on: boolean) => void; idle: string; active: string }) {
  return (
    <button type="button" className={styles.secondary} aria-pressed={picking} onClick={() => onPickingChange(!picking)}>
      {picking ? active : idle}
    </button>
  );
}

/** How many times each function returns in the run, in order of first return: the choices of a "return" point. */
function returnsByFunction(trace: Trace | null): Map<string, number> {
  const counts = new Map<string, number>();
  if (!trace) return counts;
  for (let i = 0; i < trace.stepCount; i++) {
    const s = trace.step(i);
    if (s.kind === "return" && s.functionName !== "<module>") counts.set(s.functionName, (counts.get(s.functionName) ?? 0) + 1);
  }
  return counts;
}
