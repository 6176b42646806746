"use client";
// Title, kind, prompt, points, tags, Python version and feedback of the question being edited.
import { styles } from "../common";
import { KIND_LABELS, KIND_LIST, withKind, type Draft, type Kind } from "./draft";

export function BasicsFields({ draft, onChange }: { draft: Draft; onChange: (d: Draft) => void }) {
  const set = (p: Partial<Draft>) => onChange({ ...draft, ...p });
  return (
    <section aria-labelledby="basics-heading" className={styles.section}>
      <h2 id="basics-heading" style={{ margin: 0, fontSize: "1.1rem" }}>Question</h2>
      <div className={styles.row}>
        <div className={styles.field} style={{ flex: "2 1 240px" }}>
          <label htmlFor="q-title">Title</label>
          <input id="q-title" value={draft.title ?? ""} onChange={(e) => set({ title: e.target.value })} />
        </div>
        <div className={styles.field} style={{ flex: "2 1 240px" }}>
          <label htmlFor="q-kind">Kind</label>
          <select id="q-kind" value={draft.kind} onChange={(e) => onChange(withKind(draft, e.target.value as Kind))}>
            {KIND_LIST.map((k) => (
              <option key={k} value={k}>{KIND_LABELS[k]}</option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor="q-points">Points</label>
          <input id="q-points" type="number" min={0.5} step={0.5} value={draft.points ?? 1} onChange={(e) => set({ points: Number(e.target.value) })} style={{ width: "6rem" }} />
        </div>
        <div className={styles.field}>
          <label htmlFor="q-python">Python</label>
          <select id="q-python" value={draft.python ?? "3.14"} onChange={(e) => set({ python: e.target.value as "3.11" | "3.14" })}>
            <option value="3.14">3.14</option>
            <option value="3.11">3.11</option>
          </select>
        </div>
      </div>
      <div className={styles.field}>
        <label htmlFor="q-prompt">Prompt shown to students</label>
        <textarea id="q-prompt" rows={2} value={draft.prompt} onChange={(e) => set({ prompt: e.target.value })} />
      </div>
      <div className={styles.row}>
        <div className={styles.field} style={{ flex: "1 1 240px" }}>
          <label htmlFor="q-tags">Tags (comma separated)</label>
          <input
            id="q-tags"
            value={(draft.tags ?? []).join(", ")}
            onChange={(e) => set({ tags: e.target.value.split(",").map((t) => t.trim()).filter(Boolean) })}
          />
        </div>
        <div className={styles.field} style={{ flex: "2 1 320px" }}>
          <label htmlFor="q-feedback">Feedback after grading (optional)</label>
          <input id="q-feedback" value={draft.feedback ?? ""} onChange={(e) => set({ feedback: e.target.value || undefined })} />
        </div>
      </div>
    </section>
  );
}
