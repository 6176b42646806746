"use client";
// Whole-bank export and import of question files, so a bank can live in git and move between courses.
// Import accepts a single question, an array, or {questions: [...]}; the server validates each one.
import { useState, type ChangeEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";
import { StatusLine, styles } from "../common";

export function downloadJson(filename: string, data: unknown) {
  const blob = new Blob([JSON.stringify(data, null, 2) + "\n"], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

function questionsIn(parsed: unknown): unknown[] {
  if (Array.isArray(parsed)) return parsed;
  if (parsed && typeof parsed === "object" && Array.isArray((parsed as { questions?: unknown }).questions)) return (parsed as { questions: unknown[] }).questions;
  return [parsed];
}

export function ImportExport({ courseId, onImported }: { courseId: string; onImported: () => void }) {
  const trpc = useTRPC();
  const [parseError, setParseError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const [exportError, setExportError] = useState<string | null>(null);
  const exportAll = () => {
    setExportError(null);
    queryClient
      .fetchQuery({ ...trpc.question.export.queryOptions({ courseId }), staleTime: 0 })
      .then((data) => downloadJson(`question-bank-${courseId}.json`, data))
      .catch((e: Error) => setExportError(e.message));
  };
  const importMany = useMutation(trpc.question.import.mutationOptions({ onSuccess: onImported }));

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setParseError(null);
    try {
      const parsed: unknown = JSON.parse(await file.text());
      importMany.mutate({ courseId, questions: questionsIn(parsed) });
    } catch (err) {
      setParseError(`${file.name} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
    e.target.value = "";
  };

  const result = importMany.data;
  return (
    <section className={styles.section} aria-labelledby="import-export">
      <h2 id="import-export">Import and export</h2>
      <div className={styles.row}>
        <button type="button" className={styles.secondary} onClick={exportAll}>
          Export whole bank (JSON)
        </button>
        <div className={styles.field}>
          <label htmlFor="bank-import">Import questions from a JSON file</label>
          <input id="bank-import" type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} />
        </div>
      </div>
      <StatusLine
        error={parseError ?? importMany.error?.message ?? exportError}
        message={result ? `Imported ${result.created} question${result.created === 1 ? "" : "s"}${result.errors.length ? `; ${result.errors.length} rejected` : ""}.` : null}
      />
      {result && result.errors.length > 0 ? (
        <ul className={styles.error}>
          {result.errors.map((e, i) => (
            <li key={i}>
              Question {e.index + 1}, <code>{e.path}</code>: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
