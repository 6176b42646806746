"use client";
// The quiz's questions in order. Reorder by dragging a row, or with the Move up / Move down
// buttons (the keyboard path); set points; add questions from the course bank.
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";
import { styles } from "../common";

export interface ItemDraft {
  questionId: string;
  points: number;
  title: string;
  kind: string;
}

export function QuizItems({ courseId, items, onChange, locked }: { courseId: string; items: ItemDraft[]; onChange: (items: ItemDraft[]) => void; locked: boolean }) {
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [announce, setAnnounce] = useState("");
  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length || from === to) return;
    const next = [...items];
    const [moved] = next.splice(from, 1);
    if (!moved) return;
    next.splice(to, 0, moved);
    onChange(next);
    setAnnounce(`${moved.title} moved to position ${to + 1} of ${next.length}.`);
  };
  return (
    <fieldset className={styles.section} disabled={locked}>
      <legend>Questions</legend>
      {locked ? <p className={styles.muted}>Students have started this quiz, so its questions can no longer change.</p> : null}
      {items.length === 0 ? <p>No questions yet: add some from the bank below.</p> : null}
      <ol className={styles.list} data-testid="quiz-items">
        {items.map((it, i) => (
          <li
            key={`${it.questionId}-${i}`}
            className={styles.card}
            draggable={!locked}
            onDragStart={() => setDragFrom(i)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={() => {
              if (dragFrom !== null) move(dragFrom, i);
              setDragFrom(null);
            }}
            style={{ cursor: locked ? undefined : "grab" }}
          >
            <div className={styles.row} style={{ alignItems: "center" }}>
              <strong style={{ flex: "1 1 200px" }}>
                {i + 1}. {it.title || "(untitled)"} <span className={styles.muted}>({it.kind})</span>
              </strong>
              <label htmlFor={`points-${i}`}>Points</label>
              <input id={`points-${i}`} type="number" min={0} max={1000} value={it.points} style={{ width: "5rem" }} onChange={(e) => onChange(items.map((x, j) => (j === i ? { ...x, points: Math.max(0, Math.round(Number(e.target.value))) } : x)))} />
              <button type="button" className={styles.secondary} onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={`Move up: ${it.title}`}>
                Move up
              </button>
              <button type="button" className={styles.secondary} onClick={() => move(i, i + 1)} disabled={i === items.length - 1} aria-label={`Move down: ${it.title}`}>
                Move down
              </button>
              <button type="button" className={styles.danger} onClick={() => onChange(items.filter((_, j) => j !== i))} aria-label={`Remove ${it.title} from the quiz`}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <p role="status" aria-live="polite" className={styles.visuallyHidden}>{announce}</p>
      <AddFromBank courseId={courseId} onAdd={(q) => onChange([...items, q])} exclude={items.map((i) => i.questionId)} />
    </fieldset>
  );
}

function AddFromBank({ courseId, onAdd, exclude }: { courseId: string; onAdd: (item: ItemDraft) => void; exclude: string[] }) {
  const trpc = useTRPC();
  const bank = useQuery(trpc.question.list.queryOptions({ courseId }));
  const [choice, setChoice] = useState("");
  const available = (bank.data ?? []).filter((q) => !exclude.includes(q.id));
  return (
    <div className={styles.row}>
      <div className={styles.field}>
        <label htmlFor="add-question">Add a question from the bank</label>
        <select id="add-question" value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">Choose a question…</option>
          {available.map((q) => (
            <option key={q.id} value={q.id}>
              {q.title || "(untitled)"} — {q.kind}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className={styles.secondary}
        disabled={!choice}
        onClick={() => {
          const q = available.find((x) => x.id === choice);
          if (q) onAdd({ questionId: q.id, points: 1, title: q.title, kind: q.kind });
          setChoice("");
        }}
      >
        Add question
      </button>
    </div>
  );
}
