"use client";
// What the grader derives from the draft: the answer key next to the student's view, the
// validation report, and for templates several seeds side by side with invalid variants flagged.
import type { StudentView as StudentViewData } from "@heapwise/grader";
import { styles } from "../common";
import type { Draft } from "./draft";
import { usePreview } from "./usePreview";

export function PreviewPanel({ draft }: { draft: Draft }) {
  const preview = usePreview(draft);
  if (!preview) return <p className={styles.muted}>Preparing preview…</p>;
  const { base, answer, report, variants } = preview;
  return (
    <div className={styles.section}>
      {base.ok ? (
        <div className={styles.split}>
          <section aria-labelledby="derived-key" className={styles.card}>
            <h3 id="derived-key" style={{ margin: 0 }}>Derived answer key</h3>
            <KeyView answer={answer} full={base.key} testId="derived-key" />
          </section>
          <section aria-labelledby="student-view" className={styles.card}>
            <h3 id="student-view" style={{ margin: 0 }}>Student view</h3>
            <StudentView view={base.studentView} />
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
                    <KeyView answer={variantAnswer} full={prepared.key} />
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

/** The right answer in the shape a student submits, with the grader's full key (steps, object ids) folded away. */
function KeyView({ answer, full, testId }: { answer: unknown; full: unknown; testId?: string }) {
  return (
    <>
      <span className={styles.muted}>Right answer</span>
      <pre className={styles.pre} data-testid={testId ? `${testId}-answer` : undefined}>{compact(answer)}</pre>
      <details>
        <summary>Full key</summary>
        <pre className={styles.pre} data-testid={testId}>{JSON.stringify(full, null, 2)}</pre>
      </details>
    </>
  );
}

/** JSON on as few lines as reads well: one line per top-level entry. */
function compact(value: unknown): string {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return JSON.stringify(value);
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${JSON.stringify(v, null, 1).replace(/\n\s*/g, " ")}`)
    .join("\n");
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

function StudentView({ view }: { view: StudentViewData }) {
  return (
    <div className={styles.section} data-testid="student-view">
      <p style={{ margin: 0 }}>{view.prompt}</p>
      {view.moment ? <p className={styles.muted} style={{ margin: 0 }}>Asked {view.moment}.</p> : null}
      <pre className={styles.pre}>{view.program}</pre>
      {view.items !== undefined && view.items !== null ? <pre className={styles.pre}>{JSON.stringify(view.items, null, 1)}</pre> : null}
    </div>
  );
}
