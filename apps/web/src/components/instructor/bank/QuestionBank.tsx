"use client";
// The course's question bank: search and filter by kind and tag, duplicate, archive, and move
// questions in and out as JSON files in the question file format.
import Link from "next/link";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";
import { Loaded, StatusLine, styles } from "../common";
import { KIND_LABELS, KIND_LIST } from "../authoring/draft";
import { ImportExport, downloadJson } from "./ImportExport";
import { Table } from "../Table";
import { SearchAndKind } from "../SearchAndKind";

export function QuestionBank({ courseId }: { courseId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState("");
  const [kind, setKind] = useState("");
  const [tag, setTag] = useState("");
  const [includeArchived, setIncludeArchived] = useState(false);
  const list = useQuery(
    trpc.question.list.queryOptions({ courseId, search: search.trim() || undefined, kind: (kind || undefined) as never, tag: tag.trim() || undefined, includeArchived }),
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.question.pathKey() });
  const duplicate = useMutation(trpc.question.duplicate.mutationOptions({ onSuccess: refresh }));
  const archive = useMutation(trpc.question.archive.mutationOptions({ onSuccess: refresh }));
  const [exportError, setExportError] = useState<string | null>(null);
  const exportOne = (questionId: string, title: string) => {
    setExportError(null);
    queryClient
      .fetchQuery(trpc.question.export.queryOptions({ courseId, questionIds: [questionId] }))
      .then((data) => downloadJson(`${slug(title) || "question"}.json`, data.questions[0] ?? data))
      .catch((e: Error) => setExportError(e.message));
  };
  const error = duplicate.error?.message ?? archive.error?.message ?? exportError;

  return (
    <>
      <div className={styles.row} style={{ justifyContent: "space-between" }}>
        <h1 style={{ margin: 0 }}>Question bank</h1>
        <Link className={styles.button} href={`/instructor/courses/${courseId}/questions/new`}>New question</Link>
      </div>
      <SearchAndKind
        idPrefix="bank"
        searchLabel="Search questions"
        search={search}
        onSearch={setSearch}
        kind={kind}
        onKind={setKind}
        kinds={KIND_LIST.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
      >
        <div className={styles.field}>
          <label htmlFor="bank-tag">Tag</label>
          <input id="bank-tag" value={tag} onChange={(e) => setTag(e.target.value)} />
        </div>
        <label>
          <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} /> Show archived
        </label>
      </SearchAndKind>
      <Loaded query={list} label="questions">
        {(questions) =>
          questions.length === 0 ? (
            <p>No questions match.</p>
          ) : (
            <Table
              rows={questions}
              rowKey={(q) => q.id}
              testId="question-bank"
              columns={[
                {
                  header: "Title",
                  cell: (q) => (
                    <>
                      <Link href={`/instructor/courses/${courseId}/questions/${q.id}`}>{q.title || "(untitled)"}</Link>
                      {q.archivedAt ? <span className={styles.muted}> (archived)</span> : null}
                    </>
                  ),
                },
                { header: "Kind", cell: (q) => q.kind },
                { header: "Tags", cell: (q) => q.tags.join(", ") },
                { header: "Version", cell: (q) => q.latestVersion?.version ?? "—" },
                { header: "Attempts", cell: (q) => q.attemptCount },
                {
                  header: "Actions",
                  cell: (q) => (
                    <div className={styles.row}>
                      <button type="button" className={styles.secondary} onClick={() => duplicate.mutate({ questionId: q.id })} aria-label={`Duplicate ${q.title}`}>
                        Duplicate
                      </button>
                      <button type="button" className={styles.secondary} onClick={() => exportOne(q.id, q.title)} aria-label={`Export ${q.title}`}>
                        Export
                      </button>
                      <button type="button" className={styles.danger} onClick={() => archive.mutate({ questionId: q.id, archived: !q.archivedAt })} aria-label={`${q.archivedAt ? "Restore" : "Archive"} ${q.title}`}>
                        {q.archivedAt ? "Restore" : "Archive"}
                      </button>
                    </div>
                  ),
                },
              ]}
            />
          )
        }
      </Loaded>
      <StatusLine error={error} message={duplicate.isSuccess ? "Question duplicated." : archive.isSuccess ? "Question updated." : null} />
      <ImportExport courseId={courseId} onImported={refresh} />
    </>
  );
}

function slug(s: string) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
}
