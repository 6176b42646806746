"use client";
// Template parameters as a form: one row per parameter (a name chosen from a list, an integer in a
// range, or any listed value) and the groups of lines whose order may be shuffled. Placeholders such
// as {{n}} in the program are filled per seed; the preview below shows several seeds and their keys.
import { useEffect, useState } from "react";
import { styles } from "../common";
import { emptyParam, rowsToTemplate, templateToRows, type ParamRow, type TemplateRows } from "./template";

export function TemplateField({ value, onChange }: { value: unknown; onChange: (v: unknown) => void }) {
  const [rows, setRows] = useState<TemplateRows>(() => templateToRows(value));
  // Follow outside changes (loading a saved question) without clobbering rows being edited.
  useEffect(() => {
    setRows((current) => (JSON.stringify(rowsToTemplate(current)) === JSON.stringify(value) ? current : templateToRows(value)));
  }, [value]);
  const update = (next: TemplateRows) => {
    setRows(next);
    onChange(rowsToTemplate(next));
  };
  const setParam = (i: number, patch: Partial<ParamRow>) => update({ ...rows, params: rows.params.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  return (
    <details open={Boolean(value) || rows.params.length > 0}>
      <summary>Template (variants)</summary>
      <div className={styles.section}>
        <p className={styles.muted} style={{ margin: 0 }}>
          Write <code>{"{{name}}"}</code> in the program (or the prompt and items) where a parameter&apos;s value goes. The editor runs the
          first choice (or the minimum); every student gets a seeded variant.
        </p>
        <ol className={styles.list} data-testid="template-params">
          {rows.params.map((p, i) => (
            <li key={i} className={styles.row}>
              <ParamFields row={p} n={i + 1} onChange={(patch) => setParam(i, patch)} />
              <button type="button" className={styles.danger} onClick={() => update({ ...rows, params: rows.params.filter((_, j) => j !== i) })} aria-label={`Remove parameter ${i + 1}`}>
                Remove
              </button>
            </li>
          ))}
        </ol>
        <div className={styles.row}>
          <button type="button" className={styles.secondary} onClick={() => update({ ...rows, params: [...rows.params, emptyParam(rows.params.length + 1)] })}>
            Add parameter
          </button>
          <div className={styles.field}>
            <label htmlFor="q-shuffle">Lines that may run in any order (groups separated by &quot;;&quot;, e.g. 3 4; 7 8)</label>
            <input id="q-shuffle" value={rows.shuffle} onChange={(e) => update({ ...rows, shuffle: e.target.value })} />
          </div>
        </div>
      </div>
    </details>
  );
}

function ParamFields({ row, n, onChange }: { row: ParamRow; n: number; onChange: (patch: Partial<ParamRow>) => void }) {
  const id = `param-${n}`;
  return (
    <>
      <div className={styles.field}>
        <label htmlFor={`${id}-name`}>Parameter {n} name</label>
        <input id={`${id}-name`} value={row.name} onChange={(e) => onChange({ name: e.target.value })} style={{ width: "8rem" }} />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-type`}>Parameter {n} type</label>
        <select id={`${id}-type`} value={row.type} onChange={(e) => onChange({ type: e.target.value as ParamRow["type"] })}>
          <option value="name">Python name</option>
          <option value="int">Integer range</option>
          <option value="choice">Any value</option>
        </select>
      </div>
      {row.type === "int" ? (
        <>
          <div className={styles.field}>
            <label htmlFor={`${id}-min`}>Parameter {n} minimum</label>
            <input id={`${id}-min`} type="number" step={1} value={row.min} onChange={(e) => onChange({ min: e.target.value })} style={{ width: "6rem" }} />
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-max`}>Parameter {n} maximum</label>
            <input id={`${id}-max`} type="number" step={1} value={row.max} onChange={(e) => onChange({ max: e.target.value })} style={{ width: "6rem" }} />
          </div>
        </>
      ) : (
        <div className={styles.field} style={{ flex: "1 1 200px" }}>
          <label htmlFor={`${id}-choices`}>Parameter {n} choices (comma separated)</label>
          <input id={`${id}-choices`} value={row.choices} onChange={(e) => onChange({ choices: e.target.value })} />
        </div>
      )}
    </>
  );
}
