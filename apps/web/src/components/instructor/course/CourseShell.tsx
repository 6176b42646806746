"use client";
// Header and section navigation shared by every page of one course.
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";
import { styles } from "../common";

const SECTIONS = [
  { path: "", label: "Overview" },
  { path: "/analysis", label: "Analysis" },
  { path: "/questions", label: "Questions" },
  { path: "/quizzes", label: "Quizzes" },
  { path: "/people", label: "People" },
] as const;

export function CourseShell({ courseId, children }: { courseId: string; children: ReactNode }) {
  const trpc = useTRPC();
  const pathname = usePathname();
  const course = useQuery(trpc.course.get.queryOptions({ courseId }));
  const base = `/instructor/courses/${courseId}`;
  const isCurrent = (path: string) => (path === "" ? pathname === base : pathname.startsWith(base + path));
  return (
    <div className={styles.page}>
      <div>
        <p className={styles.muted} style={{ margin: 0 }}>
          <Link href="/instructor">Teaching</Link> / {course.data ? `${course.data.term}` : ""}
        </p>
        <p style={{ margin: "0.25rem 0", fontSize: "1.4rem", fontWeight: 700 }}>
          {course.data?.name ?? (course.error ? "Course unavailable" : "Loading course…")}
        </p>
        {course.error ? <p role="alert" className={styles.error}>{course.error.message}</p> : null}
      </div>
      <nav aria-label="Course sections" className={styles.nav}>
        {SECTIONS.map((s) => (
          <Link key={s.path} href={base + s.path} className={styles.navLink} aria-current={isCurrent(s.path) ? "page" : undefined}>
            {s.label}
          </Link>
        ))}
      </nav>
      {course.data?.myRole === "TA" ? (
        <p className={styles.muted} data-testid="ta-note">You are a TA in this course: you can see dashboards and people; editing questions, quizzes and roles is for instructors.</p>
      ) : null}
      {course.data?.myRole === "STUDENT" ? (
        <p role="alert">You take this course as a student. <Link href="/student">Go to your student home.</Link></p>
      ) : (
        children
      )}
    </div>
  );
}
