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
  const { base, report, variants } = preview;
  return (
    <div className={styles.section}>
      {base.ok ? (
        <div className={styles.split}>
          <section aria-labelledby="derived-key" className={styles.card}>
            <h3 id="derived-key" style={{ margin: 0 }}>Derived answer key</h3>
            <pre className={styles.pre} data-testid="derived-key">{JSON.stringify(base.key, null, 2)}</pre>
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
          <ul className={styles.cards}>
            {variants.map(({ seed, prepared }) => (
              <li key={seed} className={styles.card} data-testid="variant" data-valid={prepared.ok ? "true" : "false"}>
                <strong className={prepared.ok ? undefined : styles.error}>
                  Seed {seed}: {prepared.ok ? "valid" : "invalid (a student given this seed gets another valid one)"}
                </strong>
                {prepared.ok ? (
                  <>
                    <pre className={styles.pre}>{prepared.variant.program}</pre>
                    <span className={styles.muted}>Key</span>
                    <pre className={styles.pre}>{JSON.stringify(prepared.key, null, 1)}</pre>
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
