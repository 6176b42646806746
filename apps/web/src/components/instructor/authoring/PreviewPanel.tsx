"use client";
// What the grader derives from the draft: the answer key next to the student's view, the
// validation report, and for templates several seeds side by side with invalid variants flagged.
import type { StudentView } from "@heapwise/grader";
import { toStudentView } from "@/components/quiz/types";
import { AnswerSummary } from "../AnswerSummary";
import { styles } from "../common";
import type { Draft } from "./draft";
import { StudentPreview } from "./StudentPreview";
import { usePreview } from "./usePreview";

export function PreviewPanel({ draft }: { draft: Draft }) {
  const preview = usePreview(draft);
  if (!preview) return <p className={styles.muted}>Preparing preview…</p>;
  const { base, answer, report, variants } = preview;
  return (
    <div className={styles.section}>
      {base.ok ? (
        <div className={styles.split}>
          <section aria-labelledby="derived-key" className={styles.card} style={{ alignSelf: "start" }}>
            <h3 id="derived-key" style={{ margin: 0 }}>Derived answer key</h3>
            <KeyView view={base.studentView} answer={answer} full={base.key} testId="derived-key" />
          </section>
          <section aria-labelledby="student-view" className={styles.section}>
            <h3 id="student-view" style={{ margin: 0 }}>Student view</h3>
            <p className={styles.muted} style={{ margin: 0 }}>What a student sees. Try an answer and check how it is marked; nothing is saved.</p>
            <StudentPreview prepared={base} />
          </section>
        </div>
      ) : null}
      {!report.ok ? <Errors errors={report.errors} /> : <p className={styles.ok} data-testid="question-valid">The question is valid.</p>}
      {report.warnings.map((w) => (
        <p key={w} className={styles.muted}>Warning: {w}</p>
      ))}
      {variants.length > 0 ? (
        <section aria-labelledby="variants" className={styles.section}>
          <h3 id="variants" style={{ margin: 0 }}>Template variants</h3>
          <p style={{ margin: 0 }} data-testid="variant-summary">
            {variants.filter((v) => v.prepared.ok).length} of {variants.length} sampled variants are valid.
          </p>
          <ul className={styles.cards}>
            {variants.map(({ seed, prepared, answer: variantAnswer }) => (
              <li key={seed} className={styles.card} data-testid="variant" data-valid={prepared.ok ? "true" : "false"}>
                <strong className={prepared.ok ? undefined : styles.error}>
                  Seed {seed}: {prepared.ok ? "valid" : "invalid (a student given this seed gets another valid one)"}
                </strong>
                {prepared.ok ? (
                  <>
                    <pre className={styles.pre}>{prepared.variant.program}</pre>
                    <KeyView view={prepared.studentView} answer={variantAnswer} full={prepared.key} />
                  </>
                ) : (
                  <Errors errors={prepared.errors} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** The right answer in words, with the grader's full key (steps, object ids) folded away. */
function KeyView({ view, answer, full, testId }: { view: StudentView; answer: unknown; full: unknown; testId?: string }) {
  return (
    <>
      <span className={styles.muted}>Right answer</span>
      <AnswerSummary kind={view.kind} answer={answer} view={toStudentView(view)} testId={testId ? `${testId}-answer` : undefined} />
      <details>
        <summary>Full key</summary>
        <pre className={styles.pre} data-testid={testId}>{JSON.stringify(full, null, 2)}</pre>
      </details>
    </>
  );
}

function Errors({ errors }: { errors: { path: string; message: string }[] }) {
  return (
    <div role="alert" className={styles.error}>
      <strong>Not valid yet:</strong>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>
            <code>{e.path}</code>: {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
