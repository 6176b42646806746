"use client";
import { CHOICE_TEXT, type AliveAnswer, type IdentityAnswer, type OutputAnswer, type RefcountAnswer, type WidgetProps } from "./types";

export function AliveWidget({ view, value, onChange, idPrefix, disabled }: WidgetProps<AliveAnswer>) {
  const chosen = new Set(value?.alive ?? []);
  const items = (view.items ?? []) as { id: string; label: string }[];
  return (
    <fieldset className="stack" disabled={disabled}>
      <legend>Tick every object that is still alive</legend>
      {items.map((it) => (
        <label key={it.id} className="row">
          <input
            type="checkbox"
            id={`${idPrefix}-${it.id}`}
            checked={chosen.has(it.id)}
            onChange={(e) => {
              const next = new Set(chosen);
              if (e.target.checked) next.add(it.id);
              else next.delete(it.id);
              onChange({ alive: items.filter((i) => next.has(i.id)).map((i) => i.id) });
            }}
          />
          <span className="mono">{it.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function RefcountWidget({ view, value, onChange, idPrefix, disabled }: WidgetProps<RefcountAnswer>) {
  return (
    <div className="stack">
      <label className="field" htmlFor={`${idPrefix}-count`}>
        <span>Reference count{view.object ? ` of ${view.object}` : ""}</span>
        <input
          id={`${idPrefix}-count`}
          type="number"
          min={0}
          inputMode="numeric"
          disabled={disabled}
          value={value?.count ?? ""}
          onChange={(e) => onChange({ ...value, count: e.target.value === "" ? 0 : Math.max(0, Math.trunc(Number(e.target.value))) })}
          style={{ maxWidth: "8rem" }}
        />
      </label>
      {view.askReferrers && (
        <label className="field" htmlFor={`${idPrefix}-refs`}>
          <span>Who refers to it? One per line (e.g. <code>x</code>, <code>items[0]</code>)</span>
          <textarea
            id={`${idPrefix}-refs`}
            rows={3}
            disabled={disabled}
            value={(value?.referrers ?? []).join("\n")}
            onChange={(e) => onChange({ count: value?.count ?? 0, referrers: e.target.value.split("\n") })}
          />
        </label>
      )}
    </div>
  );
}

export function OutputWidget({ value, onChange, idPrefix, disabled }: WidgetProps<OutputAnswer>) {
  return (
    <label className="field" htmlFor={`${idPrefix}-output`}>
      <span>What does the program print? (exactly, one line per line)</span>
      <textarea id={`${idPrefix}-output`} rows={6} disabled={disabled} value={value?.output ?? ""} onChange={(e) => onChange({ output: e.target.value })} spellCheck={false} />
    </label>
  );
}

export function IdentityWidget({ view, value, onChange, idPrefix, disabled }: WidgetProps<IdentityAnswer>) {
  const answers = value?.answers ?? {};
  const items = (view.items ?? []) as ({ id: string; choices: string[] } & ({ ask: "relation"; a: string; b: string } | { ask: "mutation"; mutate: string; observe: string }))[];
  return (
    <div className="stack">
      {items.map((it) => (
        <fieldset key={it.id} disabled={disabled}>
          <legend>
            {it.ask === "relation" ? (
              <>
                <code>{it.a}</code> and <code>{it.b}</code> are…
              </>
            ) : (
              <>
                If <code>{it.mutate}</code> is changed in place, looking through <code>{it.observe}</code>…
              </>
            )}
          </legend>
          <div className="row">
            {it.choices.map((c) => (
              <label key={c} className="row">
                <input type="radio" name={`${idPrefix}-${it.id}`} value={c} checked={answers[it.id] === c} onChange={() => onChange({ answers: { ...answers, [it.id]: c } })} />
                {CHOICE_TEXT[c] ?? c}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
