"use client";
// One student's record in a course: attempts with answers and feedback, and the misconceptions their
// answers showed, marked as overcome once a later answer to the same idea was right.
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";
import { formatDate, formatScore, Loaded, styles } from "../common";
import { CodeText } from "@/components/text/CodeText";
import { otherFeedback } from "@/lib/feedback";
import { AnswerSummary } from "../AnswerSummary";

export function StudentDrilldown({ courseId, userId }: { courseId: string; userId: string }) {
  const trpc = useTRPC();
  const student = useQuery(trpc.dashboard.student.queryOptions({ courseId, userId }));
  return (
    <Loaded query={student} label="student record">
      {(data) => (
        <>
          <h1>{data.student.name ?? data.student.email}</h1>
          <p className={styles.muted}>{data.student.email}</p>
          <section className={styles.section} aria-labelledby="student-misconceptions">
            <h2 id="student-misconceptions">Misconceptions</h2>
            {data.misconceptions.length === 0 ? (
              <p>None detected.</p>
            ) : (
              <ul className={styles.list}>
                {data.misconceptions.map((m) => (
                  <li key={m.id}>
                    <strong><CodeText text={m.title} /></strong>: shown {m.held} time{m.held === 1 ? "" : "s"}
                    {m.overcome ? " — since answered correctly" : " — still held"}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className={styles.section} aria-labelledby="student-attempts">
            <h2 id="student-attempts">Attempts</h2>
            {data.attempts.length === 0 ? <p>No attempts yet.</p> : null}
            {data.attempts.map((a) => (
              <details key={a.id} className={styles.card}>
                <summary>
                  {a.quizTitle} — attempt {a.number}, {a.submittedAt ? `submitted ${formatDate(a.submittedAt)}` : "in progress"}, score {formatScore(a.score, a.maxScore)}
                </summary>
                <ol className={styles.list}>
                  {a.responses.map((r, i) => (
                    <li key={i} className={styles.card}>
                      <span>
                        <strong>{r.title}</strong>: {formatScore(r.score, r.maxScore)}
                      </span>
                      <span className={styles.muted}>Answer</span>
                      <AnswerSummary kind={r.kind} answer={r.answer} />
                      {r.misconceptions.length > 0 ? <span>Misconceptions: <CodeText text={r.misconceptions.map((m) => m.title).join(", ")} /></span> : null}
                      <Feedback value={r.feedback} misconceptions={r.misconceptions} />
                    </li>
                  ))}
                </ol>
              </details>
            ))}
          </section>
        </>
      )}
    </Loaded>
  );
}

/** The stored grade feedback ({summary, parts}): what the summary adds, then one line per part. */
function Feedback({ value, misconceptions }: { value: unknown; misconceptions: { title: string }[] }) {
  if (!value) return null;
  if (typeof value === "string") return <span>Feedback: <CodeText text={value} /></span>;
  const f = value as { summary?: string; parts?: { id: string; feedback: string }[] };
  const parts = f.parts ?? [];
  return (
    <div>
      <span>Feedback: <CodeText text={otherFeedback(f.summary ?? "", parts, misconceptions).join(" ")} /></span>
      {parts.length ? (
        <ul style={{ margin: 0 }}>
          {parts.map((p) => (
            <li key={p.id}>
              <CodeText text={p.feedback} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
