"use client";
// The question exactly as a student gets it: the real quiz card and answer widget, fed the
// grader's student view. The instructor may try an answer and see how the grader marks it, with
// the misconceptions it detects; nothing is saved.
import { useEffect, useMemo, useState } from "react";
import type { GradeResult, PreparedQuestion } from "@heapwise/grader";
import { QuestionCard } from "@/components/quiz/QuestionCard";
import { toStudentView } from "@/components/quiz/types";
import { CodeText } from "@/components/text/CodeText";
import { formatScore } from "@/lib/format";
import { styles } from "../common";

export function StudentPreview({ prepared }: { prepared: PreparedQuestion }) {
  const view = prepared.studentView;
  const shown = useMemo(() => toStudentView(view), [view]);
  const [answer, setAnswer] = useState<unknown>(null);
  const [result, setResult] = useState<GradeResult | null>(null);
  // A new program or kind makes a tried answer meaningless: start the widget empty again.
  useEffect(() => setAnswer(null), [shown.kind, shown.program]);
  useEffect(() => setResult(null), [answer, prepared]);
  const check = () => void import("@heapwise/grader").then(({ gradePrepared }) => setResult(gradePrepared(prepared, answer)));
  return (
    <div className={styles.section} data-testid="student-view">
      <QuestionCard index={0} title={null} points={view.points ?? 1} view={shown} value={answer} onChange={setAnswer} />
      <div className={styles.row}>
        <button type="button" className={styles.secondary} onClick={check} disabled={answer === null}>
          Check this answer
        </button>
      </div>
      <div role="status" aria-live="polite" data-testid="tried-grade">
        {result ? <TriedGrade result={result} /> : null}
      </div>
    </div>
  );
}

/** How the grader marks the tried answer: score, each part, and the misconceptions it shows. */
function TriedGrade({ result }: { result: GradeResult }) {
  return (
    <div className={styles.card}>
      <strong>Score: {formatScore(result.score, result.maxScore)}</strong>
      <ul style={{ margin: 0 }}>
        {result.parts.map((p) => (
          <li key={p.id}>
            <CodeText text={p.feedback} />
          </li>
        ))}
      </ul>
      {result.explanations.length ? (
        <span>
          Misconceptions detected: <CodeText text={result.explanations.map((e) => e.title).join(", ")} />
        </span>
      ) : null}
      {result.malformed ? <span className={styles.error}>The answer could not be read: {result.malformed.map((m) => m.message).join("; ")}</span> : null}
    </div>
  );
}
