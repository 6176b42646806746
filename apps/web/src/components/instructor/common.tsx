"use client";
// Small building blocks shared by the instructor pages: loading/error states and a status line
// announced to screen readers (role="status") so saves and failures are heard, not only seen.
import type { ReactNode } from "react";
import styles from "./instructor.module.css";

export { styles };

interface QueryLike<T> {
  data: T | undefined;
  error: { message: string } | null;
  isPending: boolean;
}

/** Renders `children(data)` once a query has data, otherwise its loading or error state. */
export function Loaded<T>({ query, label, children }: { query: QueryLike<T>; label: string; children: (data: T) => ReactNode }) {
  if (query.error) return <p role="alert" className={styles.error}>Could not load {label}: {query.error.message}</p>;
  if (query.isPending || query.data === undefined) return <p className={styles.muted}>Loading {label}…</p>;
  return <>{children(query.data)}</>;
}

/** A polite live region for the result of the last action. */
export function StatusLine({ message, error }: { message?: string | null; error?: string | null }) {
  return (
    <p role="status" aria-live="polite" className={error ? styles.error : styles.ok}>
      {error ?? message ?? ""}
    </p>
  );
}

/** In the instructor's own time zone, named, since deadlines are absolute moments. */
export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "—";
  const d = typeof value === "string" ? new Date(value) : value;
  return d.toLocaleString(undefined, { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" });
}

export { formatScore } from "@/lib/format";

export function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 100)}%` : "—";
}
