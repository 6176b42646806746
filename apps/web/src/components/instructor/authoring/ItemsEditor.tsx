"use client";
// The listed items of where-lives, alive and identity questions. Items are usually added by
// clicking names/objects in the diagram; every field stays editable here for keyboard users.
import { styles } from "../common";
import { describeObject, nextItemId, type Kind, type ObjectRefDraft } from "./draft";

type Item = Record<string, unknown>;
interface Props {
  kind: Kind;
  items: Item[];
  onChange: (items: Item[]) => void;
}

export function ItemsEditor({ kind, items, onChange }: Props) {
  const update = (i: number, patch: Item) => onChange(items.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  // Whole-item replacement: the grader's item schemas are strict, so switching shape drops old fields.
  const replace = (i: number, item: Item) => onChange(items.map((it, j) => (j === i ? item : it)));
  const remove = (i: number) => onChange(items.filter((_, j) => j !== i));
  const add = () => {
    const id = nextItemId(items);
    if (kind === "where-lives") onChange([...items, { id, ask: "value", name: "", frame: "<module>" }]);
    else if (kind === "identity") onChange([...items, { id, ask: "relation", a: "", b: "" }]);
  };
  const hint =
    kind === "alive" ? "Click objects in the memory diagram to list them." : kind === "where-lives" ? "Click names in the memory diagram, or add one." : "Click two names in the memory diagram to compare them (or type expressions such as d[0]); switch an item to \"mutation\" to ask whether a change through one is seen through the other.";
  return (
    <fieldset className={styles.section}>
      <legend>Items</legend>
      <p className={styles.muted} style={{ margin: 0 }}>{hint}</p>
      <ol className={styles.list} data-testid="question-items">
        {items.map((it, i) => (
          <li key={String(it.id)} className={styles.row}>
            {kind === "where-lives" ? <WhereItem item={it} index={i} update={update} /> : null}
            {kind === "alive" ? <AliveItem item={it} index={i} update={update} /> : null}
            {kind === "identity" ? <IdentityItem item={it} index={i} update={update} replace={replace} /> : null}
            <button type="button" className={styles.danger} onClick={() => remove(i)} aria-label={`Remove item ${i + 1}`}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      {kind !== "alive" ? (
        <div>
          <button type="button" className={styles.secondary} onClick={add}>Add item</button>
        </div>
      ) : null}
    </fieldset>
  );
}

type RowProps = { item: Item; index: number; update: (i: number, patch: Item) => void };

function Text({ id, label, value, onChange }: { id: string; label: string; value: unknown; onChange: (v: string) => void }) {
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input id={id} value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value)} style={{ width: "9rem" }} />
    </div>
  );
}

function WhereItem({ item, index, update }: RowProps) {
  return (
    <>
      <div className={styles.field}>
        <label htmlFor={`item-ask-${index}`}>Ask about</label>
        <select id={`item-ask-${index}`} value={String(item.ask)} onChange={(e) => update(index, { ask: e.target.value })}>
          <option value="name">where the name lives</option>
          <option value="value">where its object lives</option>
        </select>
      </div>
      <Text id={`item-name-${index}`} label="Name" value={item.name} onChange={(v) => update(index, { name: v })} />
      <Text id={`item-frame-${index}`} label="Frame" value={item.frame} onChange={(v) => update(index, { frame: v })} />
    </>
  );
}

function AliveItem({ item, index, update }: RowProps) {
  return (
    <>
      <Text id={`item-label-${index}`} label="Label shown to students" value={item.label} onChange={(v) => update(index, { label: v })} />
      <span>{describeObject(item.object as ObjectRefDraft | undefined)}</span>
    </>
  );
}

function IdentityItem({ item, index, update, replace }: RowProps & { replace: (i: number, item: Item) => void }) {
  const mutation = item.ask === "mutation";
  const switchTo = (ask: string) => {
    const frame = typeof item.frame === "string" ? { frame: item.frame } : {};
    if (ask === "mutation") replace(index, { id: item.id, ask, mutate: item.a ?? "", observe: item.b ?? "", ...frame });
    else replace(index, { id: item.id, ask: "relation", a: item.mutate ?? "", b: item.observe ?? "", ...frame });
  };
  return (
    <>
      <div className={styles.field}>
        <label htmlFor={`item-ask-${index}`}>Ask</label>
        <select id={`item-ask-${index}`} value={mutation ? "mutation" : "relation"} onChange={(e) => switchTo(e.target.value)}>
          <option value="relation">same / equal / different</option>
          <option value="mutation">is a mutation seen?</option>
        </select>
      </div>
      {mutation ? (
        <>
          <Text id={`item-a-${index}`} label="Mutate through" value={item.mutate} onChange={(v) => update(index, { mutate: v })} />
          <Text id={`item-b-${index}`} label="Observe through" value={item.observe} onChange={(v) => update(index, { observe: v })} />
        </>
      ) : (
        <>
          <Text id={`item-a-${index}`} label="First name" value={item.a} onChange={(v) => update(index, { a: v })} />
          <Text id={`item-b-${index}`} label="Second name" value={item.b} onChange={(v) => update(index, { b: v })} />
        </>
      )}
    </>
  );
}
