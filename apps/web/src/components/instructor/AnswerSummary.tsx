"use client";
// An answer in words (see describeAnswer): a short table for per-item kinds, lines otherwise, the
// program output as preformatted text.
import { describeAnswer } from "@/components/quiz/answerText";
import type { StudentView } from "@/components/quiz/types";
import { styles } from "./common";

export function AnswerSummary({ kind, answer, view, testId }: { kind: string; answer: unknown; view?: Pick<StudentView, "items">; testId?: string }) {
  const text = describeAnswer(kind, answer, view);
  if ("text" in text) return <pre className={styles.pre} data-testid={testId}>{text.text}</pre>;
  if ("lines" in text) {
    return (
      <div data-testid={testId}>
        {text.lines.map((l, i) => (
          <p key={i} style={{ margin: 0 }}>{l}</p>
        ))}
      </div>
    );
  }
  return (
    <table data-testid={testId}>
      <tbody>
        {text.table.map(([item, value], i) => (
          <tr key={i}>
            <th scope="row" style={{ fontWeight: "normal" }}>{item}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
