"use client";
// The question authoring page: write code, watch its memory, point at the target, check the
// derived key and the student's view, save a new version.
import dynamic from "next/dynamic";
import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";
import { StatusLine, styles } from "../common";
import { BasicsFields } from "./BasicsFields";
import { enclosingFunction } from "./enclosingFunction";
import { defaultVariantProgram, needsPoint, objectRefFromTrace, stepToShow, type Draft } from "./draft";
import { ItemsEditor } from "./ItemsEditor";
import { ObjectPicker } from "./ObjectPicker";
import { PointPicker } from "./PointPicker";
import { PreviewPanel } from "./PreviewPanel";
import { objectLabel } from "./objectList";
import { RunObjects } from "./RunObjects";
import { TemplateField } from "./TemplateField";
import { TracePanel } from "./TracePanel";
import { useQuestionDraft } from "./useQuestionDraft";
import { useSimulation } from "./useSimulation";
import { routeNameClick, routeObjectClick } from "./targetRouting";

// CodeMirror only runs in the browser and is heavy: load it on this page only, after hydration.
const PythonEditor = dynamic(() => import("./PythonEditor"), { ssr: false, loading: () => <p>Loading editor…</p> });

export function QuestionEditor({ courseId, questionId }: { courseId: string; questionId?: string }) {
  const { draft, setDraft, saved, save, pending, error, message, loading } = useQuestionDraft(courseId, questionId);
  const program = useMemo(() => defaultVariantProgram(draft), [draft]);
  const sim = useSimulation(program, draft.python);
  const trace = sim.result?.trace ?? null;
  const [step, setStep] = useState(0);
  const [cursorLine, setCursorLine] = useState(1);
  const [picking, setPicking] = useState(false);
  const patch = (p: Partial<Draft>) => setDraft((d) => ({ ...d, ...p }));
  const trpc = useTRPC();
  const readOnly = useQuery(trpc.course.get.queryOptions({ courseId })).data?.myRole === "TA";

  // Show the memory at the question's point when there is one, else at the end of the run.
  const point = draft.at;
  useEffect(() => {
    if (!trace) return;
    setStep(stepToShow(trace, point) ?? Math.max(trace.stepCount - 1, 0));
  }, [trace, point]);

  const err = sim.result?.error ?? null;
  const marks = useMemo(
    () => ({ errorLines: err ? [err.line] : [], targetLine: point?.at === "after-line" ? point.line : undefined }),
    [err, point],
  );

  if (loading) return <p>Loading question…</p>;
  if (saved.error) return <p role="alert" className={styles.error}>Could not load the question: {saved.error.message}</p>;

  return (
    <>
      <h1>{questionId ? `Edit question${saved.data ? ` (version ${saved.data.version.version})` : ""}` : "New question"}</h1>
      {saved.data ? (
        <p className={styles.muted} data-testid="attempt-count">
          {saved.data.attemptCount} attempt{saved.data.attemptCount === 1 ? "" : "s"} answered this question; saving creates a new version and earlier attempts keep theirs.
        </p>
      ) : null}
      <BasicsFields draft={draft} onChange={setDraft} />
      <div className={styles.split}>
        <section aria-labelledby="program-heading" className={styles.section}>
          <h2 id="program-heading" style={{ margin: 0, fontSize: "1.1rem" }}>Program</h2>
          <PythonEditor
            value={draft.program}
            onChange={(program) => patch({ program })}
            marks={marks}
            picking={picking}
            onPickLine={(line) => {
              setPicking(false);
              if (draft.at?.at === "after-line") patch({ at: { at: "after-line", line, execution: 1 } });
              const fn = draft.at?.at === "return" ? enclosingFunction(draft.program, line) : null;
              if (fn) patch({ at: { at: "return", function: fn, call: 1 } });
            }}
            onCursorLine={setCursorLine}
            label="Question program (Python)"
          />
          <div role="status" aria-live="polite" data-testid="sim-status">
            {err ? (
              <p className={styles.error}>
                Line {err.line}: {errorText(err)}
              </p>
            ) : sim.result && !sim.running ? (
              <p className={styles.ok}>Runs without errors.</p>
            ) : null}
          </div>
        </section>
        <TracePanel
          result={sim.result}
          running={sim.running}
          step={step}
          onStep={setStep}
          onSelectObject={(id) => trace && setDraft((d) => routeObjectClick(d, objectRefFromTrace(trace, id), trace.stateAt(step).objects.find((o) => o.id === id)?.repr))}
          onSelectName={(frame, name) => setDraft((d) => routeNameClick(d, frame, name))}
        />
      </div>
      <section aria-labelledby="target-heading" className={styles.section}>
        <h2 id="target-heading" style={{ margin: 0, fontSize: "1.1rem" }}>What the question asks</h2>
        {needsPoint(draft.kind) ? (
          <PointPicker point={draft.at} onChange={(at) => patch({ at })} trace={trace} cursorLine={cursorLine} picking={picking} onPickingChange={setPicking} />
        ) : null}
        {draft.kind === "when-freed" || draft.kind === "refcount" ? <ObjectPicker value={draft.object} onChange={(object) => patch({ object })} /> : null}
        {trace && (draft.kind === "when-freed" || draft.kind === "refcount" || draft.kind === "alive") ? (
          <RunObjects
            trace={trace}
            action={draft.kind === "alive" ? "Add" : "Pick"}
            onPick={(id) => {
              const life = trace.object(id);
              if (life) setDraft((d) => routeObjectClick(d, objectRefFromTrace(trace, id), objectLabel(trace, life)));
            }}
          />
        ) : null}
        {draft.kind === "where-lives" || draft.kind === "alive" || draft.kind === "identity" ? (
          <ItemsEditor kind={draft.kind} items={draft.items ?? []} onChange={(items) => patch({ items })} />
        ) : null}
        <TemplateField value={draft.template} onChange={(template) => patch({ template })} />
      </section>
      <section aria-labelledby="preview-heading" className={styles.section}>
        <h2 id="preview-heading" style={{ margin: 0, fontSize: "1.1rem" }}>Preview</h2>
        <PreviewPanel draft={draft} />
      </section>
      <div className={styles.row}>
        {/* The server refuses a TA's save; say so up front instead of offering a button that fails. */}
        {readOnly ? (
          <p className={styles.muted} style={{ margin: 0 }}>TAs can try questions here but not save them.</p>
        ) : (
          <button type="button" className={styles.button} onClick={save} disabled={pending}>
            {questionId ? "Save new version" : "Save question"}
          </button>
        )}
        <Link href={`/instructor/courses/${courseId}/questions`}>Back to the question bank</Link>
      </div>
      <StatusLine error={error} message={pending ? "Saving…" : message} />
    </>
  );
}

/** "NotSupported: ..." once, even when the simulator's message already starts with its type. */
function errorText(err: { type: string; message: string; pythonType?: string }): string {
  const label = err.type === "PythonError" && err.pythonType ? err.pythonType : err.type;
  return err.message.startsWith(label) ? err.message : `${label}: ${err.message}`;
}
