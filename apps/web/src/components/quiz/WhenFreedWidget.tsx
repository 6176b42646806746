"use client";
import { CodeView } from "@/components/code";
import type { WhenFreedAnswer, WidgetProps } from "./types";

/** Click the line where the object is freed (or type it), then say how: execution, collector, or never before the end. */
export function WhenFreedWidget({ view, value, onChange, idPrefix, disabled }: WidgetProps<WhenFreedAnswer>) {
  const mode = value?.freed ?? "line";
  const line = value && value.freed !== "never" ? value.line : undefined;
  const execution = value && value.freed !== "never" ? (value.execution ?? 1) : 1;
  const set = (freed: "line" | "gc" | "never", l = line, ex = execution) =>
    onChange(freed === "never" ? { freed } : { freed, line: l ?? 1, execution: ex });

  return (
    <div className="stack">
      <p className="muted">Click the line in the code below (or type its number).</p>
      <CodeView source={view.program} picked={line && mode !== "never" ? [line] : []} onLineClick={disabled ? undefined : (l) => set(mode === "never" ? "line" : mode, l)} label="Program: click the line where the object is freed" />
      <fieldset disabled={disabled} className="stack">
        <legend>How is it freed?</legend>
        <label className="row">
          <input type="radio" name={`${idPrefix}-how`} checked={mode === "line"} onChange={() => set("line")} />
          When this line runs (its reference count drops to zero)
        </label>
        <label className="row">
          <input type="radio" name={`${idPrefix}-how`} checked={mode === "gc"} onChange={() => set("gc")} />
          By the cyclic collector (garbage collection) while this line runs
        </label>
        <label className="row">
          <input type="radio" name={`${idPrefix}-how`} checked={mode === "never"} onChange={() => set("never")} />
          Not before the program ends (program end)
        </label>
      </fieldset>
      {mode !== "never" && (
        <div className="row">
          <label className="field" htmlFor={`${idPrefix}-line`}>
            <span>Line</span>
            <input id={`${idPrefix}-line`} type="number" min={1} disabled={disabled} value={line ?? ""} onChange={(e) => set(mode, Math.max(1, Math.trunc(Number(e.target.value) || 1)))} style={{ maxWidth: "6rem" }} />
          </label>
          <label className="field" htmlFor={`${idPrefix}-exec`}>
            <span>Which time the line runs (1 = first)</span>
            <input id={`${idPrefix}-exec`} type="number" min={1} disabled={disabled} value={execution} onChange={(e) => set(mode, line, Math.max(1, Math.trunc(Number(e.target.value) || 1)))} style={{ maxWidth: "6rem" }} />
          </label>
        </div>
      )}
    </div>
  );
}
