"use client";
// The instructor's landing page: the courses they teach (or assist) and a form to create one.
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/trpc/client";
import { Loaded, StatusLine, styles } from "../common";

export function InstructorHome() {
  const trpc = useTRPC();
  const courses = useQuery(trpc.course.mine.queryOptions());
  return (
    <div className={styles.page}>
      <h1>Teaching</h1>
      <section className={styles.section} aria-labelledby="my-courses">
        <h2 id="my-courses">My courses</h2>
        <Loaded query={courses} label="courses">
          {(all) => {
            // Courses taken as a student belong on the student home, not here.
            const list = all.filter((c) => c.role !== "STUDENT");
            return list.length === 0 ? (
              <p>You do not teach any course yet. Create one below.</p>
            ) : (
              <ul className={styles.cards}>
                {list.map((c) => (
                  <li key={c.id} className={styles.card}>
                    <h3 style={{ margin: 0 }}>
                      <Link href={`/instructor/courses/${c.id}`}>{c.name}</Link>
                    </h3>
                    <span className={styles.muted}>
                      {c.term} · {c.role.toLowerCase()}
                    </span>
                    <nav aria-label={`${c.name} sections`} className={styles.row}>
                      <Link href={`/instructor/courses/${c.id}/questions`}>Questions</Link>
                      <Link href={`/instructor/courses/${c.id}/quizzes`}>Quizzes</Link>
                      <Link href={`/instructor/courses/${c.id}/people`}>People</Link>
                    </nav>
                  </li>
                ))}
              </ul>
            );
          }}
        </Loaded>
      </section>
      <CreateCourseForm />
    </div>
  );
}

function CreateCourseForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [term, setTerm] = useState("");
  const create = useMutation(
    trpc.course.create.mutationOptions({
      onSuccess: async (course) => {
        await queryClient.invalidateQueries({ queryKey: trpc.course.mine.queryKey() });
        router.push(`/instructor/courses/${course.id}`);
      },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ name: name.trim(), term: term.trim() });
  };
  return (
    <section className={styles.section} aria-labelledby="new-course">
      <h2 id="new-course">Create a course</h2>
      <form onSubmit={submit} className={styles.row}>
        <div className={styles.field}>
          <label htmlFor="course-name">Course name</label>
          <input id="course-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
        </div>
        <div className={styles.field}>
          <label htmlFor="course-term">Term</label>
          <input id="course-term" value={term} onChange={(e) => setTerm(e.target.value)} required maxLength={60} placeholder="e.g. Fall 2026" />
        </div>
        <button type="submit" className={styles.button} disabled={create.isPending}>
          Create course
        </button>
      </form>
      <StatusLine error={create.error?.message} message={create.isPending ? "Creating…" : null} />
    </section>
  );
}
