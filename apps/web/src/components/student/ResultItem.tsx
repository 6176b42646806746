"use client";
import { useEffect, useState } from "react";
import { ProgramReplay } from "@/components/memory";
import type { StudentView } from "@/components/quiz/types";
import { formatScore } from "@/lib/format";
import { CodeText } from "@/components/text/CodeText";
import { otherFeedback } from "@/lib/feedback";

interface Props {
  index: number;
  title: string | null;
  view: StudentView;
  answer: unknown;
  score: number;
  maxScore: number;
  feedback: string;
  parts: { id: string; score: number; max: number; feedback: string; step?: number }[];
  misconceptions: { id: string; title: string; belief: string; truth: string }[];
  replayProgram: string | null;
  replayStep: number;
  /** The first question that lost points opens its replay at once. */
  initiallyOpen?: boolean;
}

// Only one replay is open at a time, so the arrow keys always drive the one on screen.
const OPEN_EVENT = "heapwise:replay-open";

/** One graded question: score, per-part feedback, misconceptions, and the replay at the pointed step. */
export function ResultItem({ index, title, view, score, maxScore, feedback, parts, misconceptions, replayProgram, replayStep, initiallyOpen = false }: Props) {
  const [open, setOpenState] = useState(initiallyOpen);
  const [step, setStep] = useState(replayStep);
  useEffect(() => {
    const onOther = (e: Event) => {
      if ((e as CustomEvent<number>).detail !== index) setOpenState(false);
    };
    window.addEventListener(OPEN_EVENT, onOther);
    return () => window.removeEventListener(OPEN_EVENT, onOther);
  }, [index]);
  const setOpen = (next: boolean | ((o: boolean) => boolean)) => {
    const value = typeof next === "function" ? next(open) : next;
    if (value) window.dispatchEvent(new CustomEvent(OPEN_EVENT, { detail: index }));
    setOpenState(value);
  };
  const full = score >= maxScore;
  return (
    <section className="card stack" aria-labelledby={`r${index}`} data-testid="result-item">
      <h2 id={`r${index}`}>
        {index + 1}. {title ?? view.title ?? "Question"}{" "}
        <span className={`badge ${full ? "badge-ok" : "badge-bad"}`} data-testid="item-score">
          {formatScore(score, maxScore)}
        </span>
      </h2>
      <p className="muted">{view.prompt}</p>
      {otherFeedback(feedback, parts, misconceptions).map((para, i) => (
        <p key={i}>
          <CodeText text={para} />
        </p>
      ))}
      <ul className="stack plain-list" aria-label="Feedback per part">
        {parts.map((p) => (
          <li key={p.id} className={p.score >= p.max ? "ok" : "error"}>
            <CodeText text={p.feedback} />{" "}
            {replayProgram && typeof p.step === "number" && (
              <button
                type="button"
                className="btn btn-small"
                onClick={() => {
                  setStep(p.step ?? 0);
                  setOpen(true);
                }}
              >
                Show in replay
              </button>
            )}
          </li>
        ))}
      </ul>
      {misconceptions.map((m) => (
        <div key={m.id} className="misconception" data-testid="misconception" role="note">
          <strong>Misconception: <CodeText text={m.title} /></strong>
          {m.belief && <p>You may believe: <CodeText text={m.belief} /></p>}
          {m.truth && <p>In fact: <CodeText text={m.truth} /></p>}
        </div>
      ))}
      {replayProgram && (
        <div>
          <button type="button" className="btn" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
            {open ? "Hide replay" : "Replay the program"}
          </button>
          {open && <ProgramReplay key={step} program={replayProgram} python={view.python} initialStep={step} title={`Replay of question ${index + 1}`} />}
        </div>
      )}
    </section>
  );
}
