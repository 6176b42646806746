"use client";
import { CodeView } from "@/components/code";
import { AnswerWidget } from "./AnswerWidget";
import { describePoint, type StudentView } from "./types";

interface Props {
  index: number;
  title: string | null;
  points: number;
  view: StudentView;
  value: unknown;
  onChange: (a: unknown) => void;
  disabled?: boolean;
}

/** One question: prompt, the program with the asked-about moment marked, and its answer widget. */
export function QuestionCard({ index, title, points, view, value, onChange, disabled }: Props) {
  const moment = view.moment ?? describePoint(view.at);
  const markedLine = view.at?.at === "after-line" ? view.at.line : null;
  const headingId = `q${index}-heading`;
  return (
    <section className="card stack question" aria-labelledby={headingId} data-testid="question" data-kind={view.kind}>
      <h2 id={headingId}>
        {index + 1}. {title ?? view.title ?? "Question"} <span className="muted">({points} pt{points === 1 ? "" : "s"})</span>
      </h2>
      <p>{view.prompt}</p>
      {moment && (
        <p className="moment">
          Think about memory <strong>{moment}</strong>
          {markedLine ? " (marked in the code)" : ""}.
        </p>
      )}
      {view.object && <p>The object: {view.object}.</p>}
      {view.kind !== "when-freed" && <CodeView source={view.program} line={markedLine} label={`Question ${index + 1} program`} />}
      <AnswerWidget view={view} value={value} onChange={onChange} idPrefix={`q${index}`} disabled={disabled} />
    </section>
  );
}
