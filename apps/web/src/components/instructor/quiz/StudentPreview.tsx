"use client";
// "Preview as student": what each question shows a student (one variant), built by the grader's
// studentView, so the answer key never appears here.
import { useEffect, useState } from "react";
import { useQueries } from "@tanstack/react-query";
import type { StudentView as View } from "@heapwise/grader";
import { useTRPC } from "@/trpc/client";
import { styles } from "../common";

type Item = { id: string; questionId: string; version: number; points: number; title: string };

export function StudentPreview({ items }: { items: Item[] }) {
  const [open, setOpen] = useState(false);
  return (
    <section className={styles.section} aria-labelledby="preview-student">
      <h2 id="preview-student">Preview as a student</h2>
      <div>
        <button type="button" className={styles.secondary} aria-expanded={open} aria-controls="student-preview" onClick={() => setOpen(!open)}>
          {open ? "Hide preview" : "Show preview"}
        </button>
      </div>
      <div id="student-preview">{open ? <PreviewItems items={items} /> : null}</div>
    </section>
  );
}

function PreviewItems({ items }: { items: Item[] }) {
  const trpc = useTRPC();
  const questions = useQueries({ queries: items.map((it) => trpc.question.get.queryOptions({ questionId: it.questionId, version: it.version })) });
  const [views, setViews] = useState<Record<string, View | string>>({});
  const ready = questions.every((q) => q.data);
  const definitions = ready ? questions.map((q) => q.data?.version.definition) : null;

  useEffect(() => {
    if (!definitions) return;
    let cancelled = false;
    void import("@heapwise/grader").then(({ prepareQuestion }) => {
      const next: Record<string, View | string> = {};
      items.forEach((it, i) => {
        const p = prepareQuestion(definitions[i], { seed: 1 });
        next[it.id] = p.ok ? p.studentView : p.errors.map((e) => `${e.path}: ${e.message}`).join("; ");
      });
      if (!cancelled) setViews(next);
    });
    return () => {
      cancelled = true;
    };
  }, [ready, items]);

  if (!ready) return <p>Loading questions…</p>;
  return (
    <ol className={styles.list}>
      {items.map((it) => {
        const v = views[it.id];
        return (
          <li key={it.id} className={styles.card}>
            <strong>
              {it.title} ({it.points} point{it.points === 1 ? "" : "s"})
            </strong>
            {typeof v === "string" ? <p className={styles.error}>{v}</p> : null}
            {v && typeof v !== "string" ? (
              <>
                {v.prompt ? <p style={{ margin: 0 }}>{v.prompt}</p> : null}
                {v.program ? <pre className={styles.pre}>{v.program}</pre> : null}
              </>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
