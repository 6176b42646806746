"use client";
import { useRef, useState, type KeyboardEvent } from "react";
import { cleanDrawing, type DrawFrame, type DrawMemoryAnswer, type DrawObject, type WidgetProps } from "./types";
import { DrawObjectCard } from "./DrawObjectCard";

const EMPTY: DrawMemoryAnswer = { frames: [{ id: "f1", function: "<module>", names: [] }], objects: [] };

/** JSON with sorted keys: stored answers come back from jsonb with their keys reordered. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x,
  );
}

function nextId(prefix: string, ids: string[]): string {
  const n = ids.reduce((m, id) => Math.max(m, Number(id.slice(1)) || 0), 0);
  return `${prefix}${n + 1}`;
}

/**
 * Build the memory picture: frames with names, heap objects with values and references. Arrows
 * are drawn by dragging a name's handle onto an object, or by choosing the target in its select
 * (the keyboard way). Every change can be undone (button or Ctrl+Z inside the builder).
 */
export function DrawMemoryWidget({ view, value, onChange: save, idPrefix, disabled }: WidgetProps<DrawMemoryAnswer>) {
  // The raw drawing (with half-filled rows) is what the builder shows; the saved answer is cleaned.
  const [draft, setDraft] = useState<DrawMemoryAnswer>(() => (value && Array.isArray(value.frames) ? value : EMPTY));
  // A value set from outside (a newer local draft restored after reload) replaces the drawing.
  if (value && Array.isArray(value.frames) && canonical(value) !== canonical(cleanDrawing(draft))) setDraft(value);
  const answer = draft;
  const simplified = view.memoryModel === "simplified";
  const onChange = (next: DrawMemoryAnswer) => {
    setDraft(next);
    save(cleanDrawing(next));
  };
  const history = useRef<DrawMemoryAnswer[]>([]);
  const [, force] = useState(0);

  const update = (fn: (a: DrawMemoryAnswer) => DrawMemoryAnswer) => {
    history.current.push(answer);
    onChange(fn(structuredClone(answer)));
    force((x) => x + 1);
  };
  const undo = () => {
    const prev = history.current.pop();
    if (prev) onChange(prev);
    force((x) => x + 1);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z" && !(e.target as HTMLElement).matches("input, textarea")) {
      e.preventDefault();
      undo();
    }
  };
  const setFrame = (i: number, f: (fr: DrawFrame) => void) => update((a) => (f(a.frames[i] as DrawFrame), a));
  const setObject = (i: number, f: (o: DrawObject) => void) => update((a) => (f(a.objects[i] as DrawObject), a));
  const objectLabel = (o: DrawObject) => `${o.id}: ${o.type || "object"}${o.value ? ` ${o.value}` : ""}`;
  const dropOnObject = (objId: string, data: string) => {
    // data: "name:<frameIndex>:<nameIndex>" or "ref:<objectIndex>:<refIndex>"
    const [kind, a, b] = data.split(":");
    if (kind === "name") setFrame(Number(a), (fr) => void (fr.names[Number(b)] && ((fr.names[Number(b)] as { target: string | null }).target = objId)));
    if (kind === "ref") setObject(Number(a), (o) => void (o.refs[Number(b)] && ((o.refs[Number(b)] as { target: string }).target = objId)));
  };

  return (
    <div className="stack draw-memory" onKeyDown={onKeyDown} data-testid="draw-memory">
      <div className="row">
        <button type="button" className="btn btn-small" disabled={disabled} onClick={() => update((a) => ({ ...a, frames: [...a.frames, { id: nextId("f", a.frames.map((f) => f.id)), function: "", names: [] }] }))}>
          + Frame
        </button>
        <button type="button" className="btn btn-small" disabled={disabled} onClick={() => update((a) => ({ ...a, objects: [...a.objects, { id: nextId("o", a.objects.map((o) => o.id)), type: "", value: "", refs: [] }] }))}>
          + Object
        </button>
        <button type="button" className="btn btn-small" disabled={disabled || history.current.length === 0} onClick={undo}>
          ↶ Undo
        </button>
      </div>
      <div className="grid-2">
        <div className="stack">
          <h4 className="small-heading">Frames (stack)</h4>
          {answer.frames.map((fr, fi) => (
            <fieldset key={fr.id} className="frame-card-static" disabled={disabled}>
              <legend>{fi === 0 ? "Global frame" : `Frame ${fi}`}</legend>
              {fi > 0 && (
                <label className="field">
                  <span>Function</span>
                  <input id={`${idPrefix}-${fr.id}-fn`} value={fr.function} onChange={(e) => setFrame(fi, (f) => void (f.function = e.target.value))} />
                </label>
              )}
              {fr.names.map((n, ni) => (
                <div key={ni} className="row">
                  <span className="chip" draggable onDragStart={(e) => e.dataTransfer.setData("text/plain", `name:${fi}:${ni}`)} aria-hidden="true" title="Drag onto an object to point at it">
                    ⠿
                  </span>
                  <input aria-label={`Name ${ni + 1} in ${fi === 0 ? "global frame" : `frame ${fi}`}`} value={n.name} onChange={(e) => setFrame(fi, (f) => void ((f.names[ni] as { name: string }).name = e.target.value))} style={{ width: "7rem" }} />
                  <span aria-hidden="true">→</span>
                  {simplified && (
                    <input aria-label={`Value of ${n.name || `name ${ni + 1}`} drawn in the frame`} placeholder="or value" value={n.value ?? ""} onChange={(e) => setFrame(fi, (f) => void ((f.names[ni] as { value?: string }).value = e.target.value))} style={{ width: "5rem" }} />
                  )}
                  <select aria-label={`What ${n.name || `name ${ni + 1}`} refers to`} value={n.target ?? ""} onChange={(e) => setFrame(fi, (f) => void ((f.names[ni] as { target: string | null }).target = e.target.value || null))}>
                    <option value="">(nothing)</option>
                    {answer.objects.map((o) => (
                      <option key={o.id} value={o.id}>
                        {objectLabel(o)}
                      </option>
                    ))}
                  </select>
                  <button type="button" className="btn btn-small" aria-label={`Remove name ${n.name || ni + 1}`} onClick={() => setFrame(fi, (f) => void f.names.splice(ni, 1))}>
                    ✕
                  </button>
                </div>
              ))}
              <div className="row">
                <button type="button" className="btn btn-small" onClick={() => setFrame(fi, (f) => void f.names.push({ name: "", target: null }))}>
                  + Name
                </button>
                {fi > 0 && (
                  <button type="button" className="btn btn-small" onClick={() => update((a) => (a.frames.splice(fi, 1), a))}>
                    Remove frame
                  </button>
                )}
              </div>
            </fieldset>
          ))}
        </div>
        <div className="stack">
          <h4 className="small-heading">Heap objects</h4>
          {answer.objects.length === 0 && <p className="muted">No objects yet: add one with “+ Object”.</p>}
          {answer.objects.map((o, oi) => (
            <DrawObjectCard
              key={o.id}
              object={o}
              index={oi}
              objects={answer.objects}
              disabled={disabled}
              objectLabel={objectLabel}
              onEdit={(f) => setObject(oi, f)}
              onRemove={() =>
                update((a) => {
                  a.objects.splice(oi, 1);
                  // Dangling arrows would be invalid answers: clear what pointed at the removed object.
                  a.frames.forEach((f) => f.names.forEach((n) => n.target === o.id && (n.target = null)));
                  a.objects.forEach((x) => (x.refs = x.refs.filter((r) => r.target !== o.id)));
                  return a;
                })
              }
              onDropArrow={(data) => dropOnObject(o.id, data)}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
