"use client";
import type { ObjectId, StepIndex, Trace } from "@heapwise/simulator";
import { memo, useMemo, useState } from "react";
import { FreedTray } from "./FreedTray";
import { FRAME_W, HEAD_H, OBJ_W, ROW_H, arrowPath, layoutMemory, type FrameBox, type ObjectBox } from "./layout";
import { MemoryTable } from "./MemoryTable";

export interface MemoryViewProps {
  trace: Trace;
  step: StepIndex;
  /** When given, objects become buttons (instructor target picking, answer widgets). */
  onSelectObject?: (id: ObjectId) => void;
  onSelectName?: (frameId: number, name: string) => void;
  selectedObject?: ObjectId | null;
  columns?: number;
}

/** Frames on the left, heap on the right, SVG arrows for references. Reads one state on demand. */
export function MemoryView({ trace, step, onSelectObject, onSelectName, selectedObject, columns = 3 }: MemoryViewProps) {
  const safeStep = Math.min(Math.max(step, 0), Math.max(trace.stepCount - 1, 0));
  const state = useMemo(() => (trace.stepCount > 0 ? trace.stateAt(safeStep) : null), [trace, safeStep]);
  const layout = useMemo(() => (state ? layoutMemory(state, columns) : null), [state, columns]);
  const [tableOpen, setTableOpen] = useState(false);
  if (!state || !layout) return <p className="muted">No steps to show.</p>;
  return (
    <div className="memory">
      <div className="memory-scroll" tabIndex={0} role="group" aria-label={`Memory diagram at step ${safeStep + 1}`}>
        <div className="memory-canvas" style={{ width: layout.width, height: layout.height }}>
          <div className="memory-heading" style={{ left: 0 }} aria-hidden="true">Frames</div>
          <div className="memory-heading" style={{ left: FRAME_W + 90 }} aria-hidden="true">Heap</div>
          <svg className="memory-arrows" width={layout.width} height={layout.height} aria-hidden="true">
            <defs>
              <marker id="hw-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0,0 L10,5 L0,10 z" fill="#334155" />
              </marker>
            </defs>
            {layout.arrows.map((a) => (
              <ArrowPath key={a.key} d={arrowPath(a)} fromObject={a.fromObject} />
            ))}
          </svg>
          {layout.frames.map((fb) => (
            <FrameCard key={`${fb.detached ? "d" : "f"}${fb.frame.id}`} box={fb} onSelectName={onSelectName} />
          ))}
          {layout.objects.map((ob) => (
            <ObjectCard
              key={ob.obj.id}
              box={ob}
              selected={selectedObject === ob.obj.id}
              onSelect={onSelectObject}
            />
          ))}
        </div>
      </div>
      <FreedTray trace={trace} step={safeStep} />
      <details className="memory-table-details" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>Memory as a table (text alternative)</summary>
        {/* Rendered only while open: a closed table would double the work of every step change. */}
        {tableOpen && <MemoryTable state={state} />}
      </details>
    </div>
  );
}

const ArrowPath = memo(function ArrowPath({ d, fromObject }: { d: string; fromObject: boolean }) {
  return <path d={d} className={fromObject ? "arrow arrow-obj" : "arrow"} markerEnd="url(#hw-arrow)" />;
});

const FrameCard = memo(function FrameCard({ box, onSelectName }: { box: FrameBox; onSelectName?: (frameId: number, name: string) => void }) {
  const f = box.frame;
  return (
    <section
      className={`frame-card${box.detached ? " detached" : ""}`}
      style={{ transform: `translate(${box.x}px, ${box.y + 24}px)`, width: FRAME_W, height: box.h }}
      aria-label={`Frame ${f.functionName}`}
    >
      <div className="frame-head" style={{ height: HEAD_H }}>
        {f.functionName === "<module>" ? "global frame" : `${f.functionName}()`}
        {box.detached && <span className="badge">suspended</span>}
      </div>
      {box.rows.length === 0 && <div className="frame-row muted" style={{ height: ROW_H }}>(no names)</div>}
      {box.rows.map((r, i) => (
        <div key={i} className={`frame-row${r.kind === "temp" ? " temp" : ""}`} style={{ height: ROW_H }}>
          {onSelectName && r.kind === "name" ? (
            <button type="button" className="link-button" onClick={() => onSelectName(f.id, r.label)}>
              {r.label}
            </button>
          ) : (
            <span>{r.label}</span>
          )}
          <span className="dot" aria-hidden="true">{r.target == null ? "unbound" : "●"}</span>
        </div>
      ))}
    </section>
  );
});

const ObjectCard = memo(
  function ObjectCard({ box, selected, onSelect }: { box: ObjectBox; selected: boolean; onSelect?: (id: ObjectId) => void }) {
    const o = box.obj;
    const label = `${o.type} object ${o.id}, ${o.repr}, reference count ${o.refcount}`;
    const head = (
      <>
        <span className="obj-type">{o.type}</span>
        <span className="obj-id">#{o.id}</span>
        <span className="badge" title="reference count">rc {o.refcount}</span>
        {o.immortal && <span className="badge" title={`immortal (${o.immortal})`}>∞</span>}
      </>
    );
    return (
      <div
        className={`obj-card kind-${o.kind}${selected ? " selected" : ""}`}
        style={{ transform: `translate(${box.x}px, ${box.y + 24}px)`, width: OBJ_W, height: box.h }}
        data-object-id={o.id}
      >
        {onSelect ? (
          <button type="button" className="obj-head obj-head-button" style={{ height: HEAD_H }} title={label} aria-pressed={selected} onClick={() => onSelect(o.id)}>
            {head}
            {/* The accessible name starts with the visible text (WCAG 2.5.3) and adds the value. */}
            <span className="sr-only">, value {o.repr}</span>
          </button>
        ) : (
          <div className="obj-head" style={{ height: HEAD_H }} title={label}>
            {head}
          </div>
        )}
        <div className="obj-repr mono" title={o.repr}>{o.repr}</div>
        {o.refs.slice(0, box.shownRefs).map((r, i) => (
          <div key={i} className="obj-ref mono" style={{ height: ROW_H }}>
            <span>{r.label}</span>
            <span className="dot" aria-hidden="true">●</span>
          </div>
        ))}
        {o.refs.length > box.shownRefs && <div className="obj-ref muted" style={{ height: ROW_H }}>+{o.refs.length - box.shownRefs} more</div>}
      </div>
    );
  },
  // States are rebuilt per step, so compare what is drawn rather than object identity.
  (a, b) =>
    a.selected === b.selected &&
    a.onSelect === b.onSelect &&
    a.box.x === b.box.x &&
    a.box.y === b.box.y &&
    a.box.obj.repr === b.box.obj.repr &&
    a.box.obj.refcount === b.box.obj.refcount &&
    a.box.obj.refs.length === b.box.obj.refs.length &&
    a.box.obj.refs.every((r, i) => r.label === b.box.obj.refs[i]?.label && r.target === b.box.obj.refs[i]?.target),
);
