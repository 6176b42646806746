"use client";
// Class overview: completion and score distribution per quiz, students behind on open quizzes,
// and the most recent submissions.
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";
import { formatDate, formatScore, Loaded, percent, styles } from "../common";
import { SimpleBarChart } from "./Charts";
import { ExportButtons } from "./ExportButtons";
import { Table, type Column } from "../Table";
import type { RouterOutputs } from "@/trpc/types";

export function Overview({ courseId }: { courseId: string }) {
  const trpc = useTRPC();
  const overview = useQuery(trpc.dashboard.overview.queryOptions({ courseId }));
  return (
    <>
      <h1>Class overview</h1>
      <ExportButtons courseId={courseId} />
      <Loaded query={overview} label="class overview">
        {(data) => (
          <>
            <section className={styles.section} aria-labelledby="completion">
              <h2 id="completion">Completion per quiz</h2>
              {data.quizzes.length === 0 ? (
                <p>No published quizzes yet.</p>
              ) : (
                <SimpleBarChart
                  caption="Share of students who submitted at least once"
                  valueLabel="Completed"
                  unit="%"
                  max={100}
                  data={data.quizzes.map((q) => ({ label: q.title, value: q.enrolled > 0 ? Math.round((q.completed / q.enrolled) * 100) : 0 }))}
                />
              )}
            </section>
            <section className={styles.section} aria-labelledby="distribution">
              <h2 id="distribution">Score distribution</h2>
              {data.quizzes.length === 0 ? <p>No published quizzes yet.</p> : null}
              <ul className={styles.cards} style={{ gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 420px), 1fr))" }}>
                {data.quizzes.map((q) => (
                  <li key={q.quizId} className={styles.card}>
                    <SimpleBarChart
                      caption={`${q.title}: ${q.completed} of ${q.enrolled} submitted (${percent(q.completed, q.enrolled)}); students per score band, % of points`}
                      valueLabel="Students"
                      color="#047857"
                      tickFormatter={(label) => label.split(/[-–]/)[0] ?? label}
                      data={q.scoreBuckets.map((b) => ({ label: b.bucket, value: b.count }))}
                    />
                  </li>
                ))}
              </ul>
            </section>
            <section className={styles.section} aria-labelledby="behind">
              <h2 id="behind">Students behind on open quizzes</h2>
              {data.behind.length === 0 ? (
                <p>Nobody is behind.</p>
              ) : (
                <Table rows={data.behind} rowKey={(b) => `${b.userId}-${b.quizId}`} columns={behindColumns(courseId)} />
              )}
            </section>
            <section className={styles.section} aria-labelledby="recent">
              <h2 id="recent">Recent activity</h2>
              {data.recent.length === 0 ? (
                <p>No submissions yet.</p>
              ) : (
                <Table rows={data.recent} rowKey={(r) => r.attemptId} columns={recentColumns(courseId)} testId="recent-activity" />
              )}
            </section>
          </>
        )}
      </Loaded>
    </>
  );
}

type OverviewData = RouterOutputs["dashboard"]["overview"];

const studentLink = (courseId: string, userId: string, name: string) => (
  <Link href={`/instructor/courses/${courseId}/students/${userId}`}>{name}</Link>
);

function behindColumns(courseId: string): Column<OverviewData["behind"][number]>[] {
  return [
    { header: "Student", cell: (b) => studentLink(courseId, b.userId, b.name ?? b.email) },
    { header: "Quiz", cell: (b) => b.quizTitle },
    { header: "Closes", cell: (b) => formatDate(b.closesAt) },
  ];
}

function recentColumns(courseId: string): Column<OverviewData["recent"][number]>[] {
  return [
    { header: "Student", cell: (r) => studentLink(courseId, r.userId, r.name) },
    { header: "Quiz", cell: (r) => r.quizTitle },
    { header: "Submitted", cell: (r) => formatDate(r.submittedAt) },
    { header: "Score", cell: (r) => formatScore(r.score, r.maxScore) },
  ];
}
