"use client";
// Template parameters as JSON: {"params": {"n": {"type": "int", "min": 1, "max": 5}}, "shuffle": [[5, 6]]}.
// Placeholders such as {{n}} in the program are filled per seed; the preview shows the variants.
import { useEffect, useState } from "react";
import { styles } from "../common";

export function TemplateField({ value, onChange }: { value: unknown; onChange: (v: unknown) => void }) {
  const [text, setText] = useState(() => (value ? JSON.stringify(value, null, 2) : ""));
  const [error, setError] = useState<string | null>(null);
  // Follow outside changes (loading a saved question) without clobbering what is being typed.
  useEffect(() => {
    setText((current) => {
      try {
        if (JSON.stringify(current ? JSON.parse(current) : undefined) === JSON.stringify(value)) return current;
      } catch {
        /* the text being typed is not JSON yet: replace it only if the value really changed */
      }
      return value ? JSON.stringify(value, null, 2) : "";
    });
  }, [value]);
  const update = (t: string) => {
    setText(t);
    if (!t.trim()) {
      setError(null);
      onChange(undefined);
      return;
    }
    try {
      onChange(JSON.parse(t));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : "not valid JSON");
    }
  };
  return (
    <details open={Boolean(value)}>
      <summary>Template (variants)</summary>
      <div className={styles.field}>
        <label htmlFor="q-template">Template parameters as JSON; use {"{{name}}"} placeholders in the program</label>
        <textarea id="q-template" rows={5} value={text} onChange={(e) => update(e.target.value)} spellCheck={false} aria-invalid={error ? true : undefined} aria-describedby="q-template-error" style={{ fontFamily: "monospace" }} />
        <span id="q-template-error" className={styles.error}>{error ? `Not valid JSON: ${error}` : ""}</span>
      </div>
    </details>
  );
}
