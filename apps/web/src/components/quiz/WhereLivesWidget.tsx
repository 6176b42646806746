"use client";
import { useState } from "react";
import { functionsIn, placeLabel, type Place, type WhereLivesAnswer, type WidgetProps } from "./types";

type Item = { id: string; ask: "name" | "value"; name: string; frame?: string };

const placeKey = (p: Place) => (p.place === "frame" ? `frame:${p.frame}` : p.place);
const parseKey = (k: string): Place => (k.startsWith("frame:") ? { place: "frame", frame: k.slice(6) } : { place: k as "global" | "cell" | "heap" });

/**
 * Drag each item onto the place it lives in. Every item also has a select, the keyboard (and
 * phone) alternative to dragging; both write the same answer.
 */
export function WhereLivesWidget({ view, value, onChange, idPrefix, disabled }: WidgetProps<WhereLivesAnswer>) {
  const items = (view.items ?? []) as Item[];
  const places = value?.places ?? {};
  const slots: { key: string; label: string }[] = [
    { place: "global" } as const,
    ...functionsIn(view.program).map((frame) => ({ place: "frame", frame }) as const),
    { place: "cell" } as const,
    { place: "heap" } as const,
  ].map((p) => ({ key: placeKey(p), label: placeLabel(p) }));
  const [over, setOver] = useState<string | null>(null);
  const assign = (itemId: string, key: string) => {
    const next = { ...places };
    if (key === "") delete next[itemId];
    else next[itemId] = parseKey(key);
    onChange({ places: next });
  };
  const label = (it: Item) => (it.ask === "name" ? `the name ${it.name}` : `the value of ${it.name}`);

  return (
    <div className="stack">
      <ul className="stack plain-list">
        {items.map((it) => (
          <li key={it.id} className="row">
            <span
              className="chip"
              draggable={!disabled}
              onDragStart={(e) => e.dataTransfer.setData("text/plain", it.id)}
              aria-hidden="true"
            >
              ⠿ {label(it)}
            </span>
            <label className="row">
              <span className="sr-only">Where does {label(it)} live?</span>
              <select id={`${idPrefix}-${it.id}`} disabled={disabled} value={places[it.id] ? placeKey(places[it.id] as Place) : ""} onChange={(e) => assign(it.id, e.target.value)} aria-label={`Where does ${label(it)} live?`}>
                <option value="">— choose a place —</option>
                {slots.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.label}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
      <div className="slot-grid" aria-hidden="true">
        {slots.map((s) => (
          <div
            key={s.key}
            className={`slot${over === s.key ? " over" : ""}${s.key === "heap" || s.key === "cell" ? " slot-heap" : ""}`}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(s.key);
            }}
            onDragLeave={() => setOver(null)}
            onDrop={(e) => {
              e.preventDefault();
              setOver(null);
              const id = e.dataTransfer.getData("text/plain");
              if (id && !disabled) assign(id, s.key);
            }}
          >
            <strong>{s.label}</strong>
            <div className="row">
              {items
                .filter((it) => places[it.id] && placeKey(places[it.id] as Place) === s.key)
                .map((it) => (
                  <span key={it.id} className="chip chip-placed">
                    {label(it)}
                  </span>
                ))}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
