import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { JoinCourseForm } from "@/components/student/JoinCourseForm";
import { StartQuizButton } from "@/components/student/StartQuizButton";
import { formatDate, formatScore } from "@/lib/format";
import { serverCaller } from "@/server/caller";
import { forPage } from "@/server/errors";
import { getSession } from "@/server/session";

export const metadata: Metadata = { title: "My courses" };
export const dynamic = "force-dynamic";

export default async function StudentHome() {
  const session = await getSession();
  if (!session) redirect("/signin?callbackUrl=/student");
  const caller = await serverCaller();
  const { courses } = await forPage(() => caller.student.home(), "/student");
  return (
    <main id="main" className="page">
      <h1>Hello, {session.user.name ?? session.user.email}</h1>
      <section className="card" aria-labelledby="join-heading">
        <h2 id="join-heading">Join a course</h2>
        <JoinCourseForm />
      </section>
      {courses.length === 0 && <p className="muted">You are not in any course yet. Ask your instructor for a join code.</p>}
      {courses.map((c) => (
        <section key={c.id} aria-labelledby={`course-${c.id}`} className="stack">
          <h2 id={`course-${c.id}`}>
            {c.name} <span className="muted">{c.term}</span>
          </h2>
          {c.role !== "STUDENT" && (
            <p>
              You are {c.role === "TA" ? "a TA" : "an instructor"} here: <Link href={`/instructor/courses/${c.id}`}>open the course dashboards</Link>.
            </p>
          )}
          {c.quizzes.length === 0 ? (
            <p className="muted">No quizzes published yet.</p>
          ) : (
            // Focusable so keyboard users can scroll it sideways on a phone.
            <div className="table-scroll" tabIndex={0} role="region" aria-label={`Quizzes in ${c.name}`}>
              <table>
                <caption className="sr-only">Quizzes in {c.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Quiz</th>
                    <th scope="col">Status</th>
                    <th scope="col">Opens</th>
                    <th scope="col">Due</th>
                    <th scope="col">Attempts</th>
                    <th scope="col">Best score</th>
                    <th scope="col">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {c.quizzes.map((q) => (
                    <tr key={q.id} data-testid="quiz-row">
                      <td>
                        {q.title} {q.mode === "PRACTICE" && <span className="badge">practice</span>}
                      </td>
                      <td>
                        <span className={`badge ${q.status === "open" ? "badge-ok" : ""}`}>{q.status}</span>
                      </td>
                      <td>{formatDate(q.opensAt)}</td>
                      <td>{formatDate(q.closesAt)}</td>
                      <td>
                        {q.attemptsUsed} of {q.attemptsAllowed}
                      </td>
                      <td>{formatScore(q.bestScore, q.maxScore)}</td>
                      <td>
                        <div className="row">
                        {q.status === "open" && (q.openAttemptId || q.attemptsUsed < q.attemptsAllowed) && (
                          <StartQuizButton quizId={q.id} resume={!!q.openAttemptId} title={q.title} />
                        )}
                        {q.lastSubmittedAttemptId && (
                          <Link href={`/student/attempts/${q.lastSubmittedAttemptId}/result`}>Results</Link>
                        )}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </main>
  );
}
