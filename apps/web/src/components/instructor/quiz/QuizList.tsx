"use client";
// The course's quizzes with their state, and a form to start a new one.
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/trpc/client";
import { formatDate, Loaded, StatusLine, styles } from "../common";
import { Table, type Column } from "../Table";
import type { RouterOutputs } from "@/trpc/types";

export function QuizList({ courseId }: { courseId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const quizzes = useQuery(trpc.quiz.list.queryOptions({ courseId }));
  const [title, setTitle] = useState("");
  const create = useMutation(
    trpc.quiz.create.mutationOptions({
      onSuccess: async (q) => {
        await queryClient.invalidateQueries({ queryKey: trpc.quiz.list.queryKey({ courseId }) });
        router.push(`/instructor/courses/${courseId}/quizzes/${q.id}`);
      },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ courseId, title: title.trim(), attemptsAllowed: 1, feedbackRelease: "IMMEDIATE", mode: "GRADED" });
  };
  return (
    <>
      <h1>Quizzes</h1>
      <Loaded query={quizzes} label="quizzes">
        {(list) =>
          list.length === 0 ? (
            <p>No quizzes yet.</p>
          ) : (
            <Table rows={list} rowKey={(q) => q.id} columns={quizColumns(courseId)} />
          )
        }
      </Loaded>
      <section className={styles.section} aria-labelledby="new-quiz">
        <h2 id="new-quiz">New quiz</h2>
        <form className={styles.row} onSubmit={submit}>
          <div className={styles.field}>
            <label htmlFor="quiz-title-new">Quiz title</label>
            <input id="quiz-title-new" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
          </div>
          <button type="submit" className={styles.button} disabled={create.isPending}>Create quiz</button>
        </form>
        <StatusLine error={create.error?.message} />
      </section>
    </>
  );
}

function quizColumns(courseId: string): Column<RouterOutputs["quiz"]["list"][number]>[] {
  return [
    { header: "Quiz", cell: (q) => <Link href={`/instructor/courses/${courseId}/quizzes/${q.id}`}>{q.title}</Link> },
    { header: "Status", cell: (q) => (q.publishedAt ? "Published" : "Draft") },
    { header: "Mode", cell: (q) => (q.mode === "PRACTICE" ? "Practice" : "Graded") },
    { header: "Questions", cell: (q) => q.itemCount },
    { header: "Opens", cell: (q) => formatDate(q.opensAt) },
    { header: "Closes", cell: (q) => formatDate(q.closesAt) },
  ];
}
