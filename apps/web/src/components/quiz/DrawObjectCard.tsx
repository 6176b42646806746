"use client";
import { useState } from "react";
import type { DrawObject } from "./types";

interface Props {
  object: DrawObject;
  index: number;
  objects: DrawObject[];
  disabled?: boolean;
  objectLabel: (o: DrawObject) => string;
  onEdit: (f: (o: DrawObject) => void) => void;
  onRemove: () => void;
  onDropArrow: (data: string) => void;
}

/** One heap object in the draw-memory builder; a drop target for arrows from names and slots. */
export function DrawObjectCard({ object: o, index: oi, objects, disabled, objectLabel, onEdit, onRemove, onDropArrow }: Props) {
  const [over, setOver] = useState(false);
  return (
    <fieldset
      className={`obj-card-static${over ? " over" : ""}`}
      disabled={disabled}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onDropArrow(e.dataTransfer.getData("text/plain"));
      }}
    >
      <legend>Object {o.id}</legend>
      <div className="row">
        <label className="field">
          <span>Type</span>
          <input value={o.type} placeholder="list" onChange={(e) => onEdit((x) => void (x.type = e.target.value))} style={{ width: "7rem" }} />
        </label>
        <label className="field">
          <span>Value</span>
          <input value={o.value ?? ""} placeholder="[1, 2]" onChange={(e) => onEdit((x) => void (x.value = e.target.value))} style={{ width: "9rem" }} />
        </label>
      </div>
      {o.refs.map((r, ri) => (
        <div key={ri} className="row">
          <span className="chip" draggable onDragStart={(e) => e.dataTransfer.setData("text/plain", `ref:${oi}:${ri}`)} aria-hidden="true" title="Drag onto an object">
            ⠿
          </span>
          <input aria-label={`Slot ${ri + 1} of object ${o.id}`} placeholder="[0] or .attr" value={r.label} onChange={(e) => onEdit((x) => void ((x.refs[ri] as { label: string }).label = e.target.value))} style={{ width: "6rem" }} />
          <span aria-hidden="true">→</span>
          <select aria-label={`What slot ${r.label || ri + 1} of object ${o.id} refers to`} value={r.target} onChange={(e) => onEdit((x) => void ((x.refs[ri] as { target: string }).target = e.target.value))}>
            {objects.map((t) => (
              <option key={t.id} value={t.id}>
                {objectLabel(t)}
              </option>
            ))}
          </select>
          <button type="button" className="btn btn-small" aria-label={`Remove slot ${r.label || ri + 1}`} onClick={() => onEdit((x) => void x.refs.splice(ri, 1))}>
            ✕
          </button>
        </div>
      ))}
      <div className="row">
        <button type="button" className="btn btn-small" onClick={() => onEdit((x) => void x.refs.push({ label: `[${x.refs.length}]`, target: o.id }))}>
          + Reference
        </button>
        <button type="button" className="btn btn-small" onClick={onRemove}>
          Remove object
        </button>
      </div>
    </fieldset>
  );
}
