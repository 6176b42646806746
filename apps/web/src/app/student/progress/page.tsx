import type { Metadata } from "next";
import Link from "next/link";
import { formatDate, formatScore } from "@/lib/format";
import { serverCaller } from "@/server/caller";
import { forPage } from "@/server/errors";
import { CodeText } from "@/components/text/CodeText";

export const metadata: Metadata = { title: "My progress" };
export const dynamic = "force-dynamic";

export default async function ProgressPage() {
  const caller = await serverCaller();
  const { courses } = await forPage(() => caller.progress.mine({}), "/student/progress");
  return (
    <main id="main" className="page stack">
      <h1>My progress</h1>
      {courses.length === 0 && <p className="muted">Join a course to see your progress.</p>}
      {courses.map((c) => (
        <section key={c.id} className="card stack" aria-labelledby={`p-${c.id}`}>
          <h2 id={`p-${c.id}`}>{c.name}</h2>
          <h3>Scores over time</h3>
          {c.attempts.length === 0 ? (
            <p className="muted">No submitted attempts yet.</p>
          ) : (
            <div className="table-scroll" tabIndex={0} role="region" aria-label={`Scores over time in ${c.name}`}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Submitted</th>
                    <th scope="col">Quiz</th>
                    <th scope="col">Attempt</th>
                    <th scope="col">Score</th>
                    <th scope="col">Share</th>
                  </tr>
                </thead>
                <tbody>
                  {c.attempts.map((a) => {
                    const pct = a.maxScore > 0 ? Math.round((a.score / a.maxScore) * 100) : 0;
                    return (
                      <tr key={a.attemptId}>
                        <td>{formatDate(a.submittedAt)}</td>
                        <td>
                          <Link href={`/student/attempts/${a.attemptId}/result`}>{a.quizTitle}</Link>
                        </td>
                        <td>{a.number}</td>
                        <td>{formatScore(a.score, a.maxScore)}</td>
                        <td>
                          <span className="bar" aria-hidden="true">
                            <span style={{ width: `${pct}%` }} />
                          </span>{" "}
                          {pct}%
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          <h3>Misconceptions my answers showed</h3>
          {c.misconceptions.length === 0 ? (
            <p className="muted">None detected so far.</p>
          ) : (
            <ul className="stack plain-list">
              {c.misconceptions.map((m) => (
                <li key={m.id} className={m.correctedSince ? "ok" : "misconception"} data-testid="progress-misconception">
                  <strong><CodeText text={m.title} /></strong> — shown {m.shown} time{m.shown === 1 ? "" : "s"}, last {formatDate(m.lastShownAt)}.{" "}
                  {m.correctedSince ? "Answered correctly since: overcome." : "Not yet answered correctly since."}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </main>
  );
}
