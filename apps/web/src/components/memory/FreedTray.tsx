"use client";
import type { FreeReason, StepIndex, Trace } from "@heapwise/simulator";
import { useMemo } from "react";

const REASON: Record<FreeReason, string> = {
  refcount: "refcount reached 0",
  gc: "the cyclic garbage collector",
  "program-end": "program end",
};

export function describeReason(r: FreeReason): string {
  return REASON[r];
}

/** The objects freed just before this step, shown leaving the heap with when and why. */
export function FreedTray({ trace, step }: { trace: Trace; step: StepIndex }) {
  const freed = useMemo(() => {
    const events = trace.step(step).freed;
    if (events.length === 0) return [];
    // The previous state still holds the freed objects' reprs.
    const before = step > 0 ? trace.stateAt(step - 1) : null;
    return events.map((e) => {
      const life = trace.object(e.id);
      const repr = before?.objects.find((o) => o.id === e.id)?.repr ?? "";
      return { ...e, type: life?.type ?? "object", repr };
    });
  }, [trace, step]);
  if (freed.length === 0) return null;
  return (
    <div className="freed-tray" role="status" aria-live="polite">
      <strong>Freed before this step:</strong>
      <ul>
        {freed.map((f) => (
          <li key={f.id} className="freed-item" data-freed-id={f.id}>
            <span className="mono">
              {f.type} #{f.id} {f.repr}
            </span>{" "}
            {f.reason === "program-end" || f.line < 1 ? (
              <> — freed at program end</>
            ) : (
              <>
                {" "}
                — freed at line {f.line}
                {f.lineExecution > 1 ? ` (execution ${f.lineExecution})` : ""} by {describeReason(f.reason)}
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
