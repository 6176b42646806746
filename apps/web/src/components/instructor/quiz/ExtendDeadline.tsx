"use client";
// A later closing time for one student (illness, accommodation), without reopening the quiz for all.
import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";
import { formatDate, StatusLine, styles } from "../common";
import { browserTimeZone, fromLocalInput } from "./time";

export function ExtendDeadline({ courseId, quizId, extensions }: { courseId: string; quizId: string; extensions: { userId: string; closesAt: Date | string }[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const roster = useQuery(trpc.course.roster.queryOptions({ courseId }));
  const [userId, setUserId] = useState("");
  const [closesAt, setClosesAt] = useState("");
  const extend = useMutation(trpc.quiz.extendDeadline.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.quiz.get.queryKey({ quizId }) }) }));
  const students = (roster.data ?? []).filter((m) => m.role === "STUDENT");
  const nameOf = (id: string) => {
    const m = roster.data?.find((r) => r.userId === id);
    return m ? (m.name ?? m.email) : id;
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const when = fromLocalInput(closesAt);
    if (userId && when) extend.mutate({ quizId, userId, closesAt: when });
  };
  return (
    <section className={styles.section} aria-labelledby="extend">
      <h2 id="extend">Extend the deadline for one student</h2>
      <form className={styles.row} onSubmit={submit}>
        <div className={styles.field}>
          <label htmlFor="extend-student">Student</label>
          <select id="extend-student" value={userId} onChange={(e) => setUserId(e.target.value)} required>
            <option value="">Choose a student…</option>
            {students.map((s) => (
              <option key={s.userId} value={s.userId}>{s.name ?? s.email}</option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor="extend-closes">New closing time ({browserTimeZone()})</label>
          <input id="extend-closes" type="datetime-local" value={closesAt} onChange={(e) => setClosesAt(e.target.value)} required />
        </div>
        <button type="submit" className={styles.secondary} disabled={extend.isPending}>Extend deadline</button>
      </form>
      <StatusLine error={extend.error?.message} message={extend.isSuccess ? "Deadline extended." : null} />
      {extensions.length > 0 ? (
        <ul>
          {extensions.map((x) => (
            <li key={x.userId}>
              {nameOf(x.userId)}: closes {formatDate(x.closesAt)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
