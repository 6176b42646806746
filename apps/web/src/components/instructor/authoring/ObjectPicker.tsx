"use client";
// The object a when-freed or refcount question is about: clicked in the memory diagram (kept as
// "created on line L, #k") or typed as a name in a frame.
import { styles } from "../common";
import { describeObject, type ObjectRefDraft } from "./draft";

export function ObjectPicker({ value, onChange }: { value: ObjectRefDraft | undefined; onChange: (o: ObjectRefDraft) => void }) {
  const byName = value && "name" in value ? value : null;
  return (
    <fieldset className={styles.section}>
      <legend>Target object</legend>
      <p style={{ margin: 0 }} data-testid="target-object">
        Asking about {describeObject(value)}.
      </p>
      <p className={styles.muted} style={{ margin: 0 }}>
        Click an object (or a name) in the memory diagram, or give a name below.
      </p>
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor="object-name">Name</label>
          <input id="object-name" value={byName?.name ?? ""} onChange={(e) => onChange({ name: e.target.value, frame: byName?.frame ?? "<module>" })} />
        </div>
        <div className={styles.field}>
          <label htmlFor="object-frame">In frame</label>
          <input id="object-frame" value={byName?.frame ?? "<module>"} onChange={(e) => onChange({ name: byName?.name ?? "", frame: e.target.value })} />
        </div>
      </div>
    </fieldset>
  );
}
