"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "@/trpc/client";
import { clearDraft, loadDraft, saveDraft, type LocalDraft } from "./drafts";
import { QuestionCard } from "./QuestionCard";
import type { StudentView } from "./types";

export interface RunnerItem {
  quizItemId: string;
  position: number;
  points: number;
  title: string | null;
  view: StudentView;
  draft: unknown;
  draftUpdatedAt: number;
}

type SaveState = "idle" | "saving" | "saved" | "offline";

/** Takes one attempt: answers per item, autosaved locally and to the server, submitted once. */
export function QuizRunner({ attemptId, items }: { attemptId: string; items: RunnerItem[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const local = useRef<LocalDraft | null>(null);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const submitting = useRef(false);
  const [answers, setAnswers] = useState<Record<string, unknown>>(() => Object.fromEntries(items.map((i) => [i.quizItemId, i.draft ?? null])));
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [submitError, setSubmitError] = useState<string | null>(null);

  const saveMut = useMutation(trpc.attempt.saveDraft.mutationOptions());
  const submitMut = useMutation(trpc.attempt.submit.mutationOptions());

  const pushToServer = async (quizItemId: string, answer: unknown) => {
    setSaveState("saving");
    try {
      await saveMut.mutateAsync({ attemptId, quizItemId, answer });
      setSaveState("saved");
    } catch {
      // Kept locally; the next change or the submit sends it again.
      setSaveState("offline");
    }
  };

  // After a reload, local answers newer than the server's win and are re-sent.
  useEffect(() => {
    const draft = loadDraft(attemptId);
    local.current = draft;
    const newer = items.filter((i) => {
      const l = draft.answers[i.quizItemId];
      return l && l.at > i.draftUpdatedAt;
    });
    if (newer.length > 0) {
      setAnswers((prev) => ({ ...prev, ...Object.fromEntries(newer.map((i) => [i.quizItemId, draft.answers[i.quizItemId]?.answer])) }));
      for (const i of newer) void pushToServer(i.quizItemId, draft.answers[i.quizItemId]?.answer);
    }
    // Runs once per attempt; items come from the server render.
  }, [attemptId]);

  function onChange(quizItemId: string, answer: unknown) {
    setAnswers((prev) => ({ ...prev, [quizItemId]: answer }));
    const draft = local.current ?? loadDraft(attemptId);
    draft.answers[quizItemId] = { answer, at: Date.now() };
    local.current = draft;
    saveDraft(attemptId, draft);
    const t = timers.current.get(quizItemId);
    if (t) clearTimeout(t);
    timers.current.set(quizItemId, setTimeout(() => void pushToServer(quizItemId, answer), 500));
  }

  async function submit() {
    // A ref, not state: a double click fires twice before React re-renders the disabled button.
    if (submitting.current) return;
    submitting.current = true;
    setSubmitError(null);
    for (const t of timers.current.values()) clearTimeout(t);
    timers.current.clear();
    const key = (local.current ?? loadDraft(attemptId)).key;
    try {
      await submitMut.mutateAsync({
        attemptId,
        idempotencyKey: key,
        answers: items.filter((i) => answers[i.quizItemId] != null).map((i) => ({ quizItemId: i.quizItemId, answer: answers[i.quizItemId] })),
      });
      clearDraft(attemptId);
      router.replace(`/student/attempts/${attemptId}/result`);
    } catch (e) {
      // The key is kept: retrying sends the same key, so the server records one attempt.
      setSubmitError(e instanceof Error ? e.message : "Submit failed; try again.");
      submitting.current = false;
    }
  }

  const answered = items.filter((i) => answers[i.quizItemId] != null).length;
  return (
    <div className="stack">
      {items.map((item, idx) => (
        <QuestionCard
          key={item.quizItemId}
          index={idx}
          title={item.title}
          points={item.points}
          view={item.view}
          value={answers[item.quizItemId] ?? null}
          onChange={(a) => onChange(item.quizItemId, a)}
        />
      ))}
      <div className="card row submit-bar">
        <span role="status" aria-live="polite" data-testid="save-state" className="muted">
          {answered} of {items.length} answered ·{" "}
          {saveState === "saving" ? "Saving…" : saveState === "saved" ? "All changes saved" : saveState === "offline" ? "Offline: saved on this device" : "Drafts save automatically"}
        </span>
        <span className="spacer" />
        <button type="button" className="btn btn-primary" onClick={() => void submit()} disabled={submitMut.isPending || submitMut.isSuccess}>
          {submitMut.isPending ? "Submitting…" : "Submit answers"}
        </button>
      </div>
      {submitError && (
        <p role="alert" className="error">
          {submitError}
        </p>
      )}
    </div>
  );
}
