"use client";
// Per-question analysis: mean score, share fully right, difficulty, discrimination, the most common
// wrong answers and the misconceptions they show. Sortable by every numeric column, filterable by text/kind.
import { useCallback, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import type { AppRouter } from "@heapwise/api";
import type { inferRouterOutputs } from "@trpc/server";
import { useTRPC } from "@/trpc/client";
import { Loaded, styles } from "../common";
import { useSort } from "./useSort";
import { answerOneLine } from "@/components/quiz/answerText";
import { Heatmap } from "./Heatmap";
import { QuizFilter } from "./QuizFilter";
import { SearchAndKind } from "../SearchAndKind";
import { CodeText } from "@/components/text/CodeText";
import { KIND_LABELS } from "../authoring/draft";

/** The kind's name as the editor shows it (ids from older data fall back to the id). */
const kindLabel = (kind: string): string => (KIND_LABELS as Record<string, string>)[kind] ?? kind;

type Row = inferRouterOutputs<AppRouter>["dashboard"]["questionAnalysis"][number];
type Key = "title" | "kind" | "responses" | "meanScore" | "fullyRight" | "difficulty" | "discrimination";
const COLUMNS: { key: Key; label: string }[] = [
  { key: "title", label: "Question" },
  { key: "kind", label: "Kind" },
  { key: "responses", label: "Responses" },
  { key: "meanScore", label: "Mean score" },
  { key: "fullyRight", label: "Fully right" },
  { key: "difficulty", label: "Difficulty" },
  { key: "discrimination", label: "Discrimination" },
];

const fmt = (n: number | null, pct = false) => (n === null ? "—" : pct ? `${Math.round(n * 100)}%` : n.toFixed(2));

export function AnalysisPage({ courseId }: { courseId: string }) {
  const [quizId, setQuizId] = useState<string | undefined>(undefined);
  return (
    <>
      <h1>Quiz and question analysis</h1>
      <QuizFilter courseId={courseId} value={quizId} onChange={setQuizId} />
      <QuestionTable courseId={courseId} quizId={quizId} />
      <Heatmap courseId={courseId} quizId={quizId} />
    </>
  );
}

function QuestionTable({ courseId, quizId }: { courseId: string; quizId?: string }) {
  const trpc = useTRPC();
  const analysis = useQuery(trpc.dashboard.questionAnalysis.queryOptions({ courseId, quizId }));
  return (
    <section className={styles.section} aria-labelledby="per-question">
      <h2 id="per-question">Per question</h2>
      <Loaded query={analysis} label="question analysis">
        {(rows) => <SortableTable rows={rows} />}
      </Loaded>
    </section>
  );
}

function SortableTable({ rows }: { rows: Row[] }) {
  const [text, setText] = useState("");
  const [kind, setKind] = useState("");
  const get = useCallback((r: Row, k: Key) => r[k], []);
  const filtered = rows.filter((r) => (!kind || r.kind === kind) && (!text || r.title.toLowerCase().includes(text.toLowerCase())));
  const { sorted, toggle, ariaSort } = useSort<Row, Key>(filtered, "title", get);
  const kinds = [...new Set(rows.map((r) => r.kind))].sort();
  return (
    <>
      <SearchAndKind idPrefix="qa" searchLabel="Search questions" search={text} onSearch={setText} kind={kind} onKind={setKind} kinds={kinds.map((k) => ({ value: k, label: kindLabel(k) }))} />
      <div className={styles.tableWrap}>
        <table className={styles.table} data-testid="question-analysis">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={ariaSort(c.key)}>
                  <button type="button" onClick={() => toggle(c.key)}>
                    {c.label}
                    <span aria-hidden="true">{ariaSort(c.key) === "ascending" ? " ▲" : ariaSort(c.key) === "descending" ? " ▼" : ""}</span>
                  </button>
                </th>
              ))}
              <th scope="col">Common wrong answers</th>
              <th scope="col">Misconceptions</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.questionId}>
                <td>{r.title}</td>
                <td>{kindLabel(r.kind)}</td>
                <td>{r.responses}</td>
                <td>{fmt(r.meanScore)}</td>
                <td>{fmt(r.fullyRight, true)}</td>
                <td>{fmt(r.difficulty)}</td>
                <td>{fmt(r.discrimination)}</td>
                <td>
                  <ul className={styles.list}>
                    {r.wrongAnswers.slice(0, 3).map((w, i) => (
                      <li key={i}>
                        <WrongAnswer kind={r.kind} answer={w.answer} /> × {w.count}
                        {w.misconceptions.length > 0 ? <span className={styles.muted}> ({w.misconceptions.join(", ")})</span> : null}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <ul className={styles.list}>
                    {r.misconceptions.map((m) => (
                      <li key={m.id}>
                        <CodeText text={m.title} />: {m.count}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** A wrong answer in words, on one line; the whole of it on hover when it is cut short. */
function WrongAnswer({ kind, answer }: { kind: string; answer: unknown }) {
  const full = answerOneLine(kind, answer);
  return <span title={full.length > 80 ? full : undefined}>{shorten(full, 80)}</span>;
}

function shorten(s: string | undefined, max = 60) {
  if (!s) return "—";
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
