"use client";
// Quiz builder: settings and ordered questions are edited locally and saved together; publishing
// is a separate, explicit step. Also: one student's deadline extension and a student preview.
import { useEffect, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";
import { formatDate, StatusLine, styles } from "../common";
import { ExtendDeadline } from "./ExtendDeadline";
import { QuizItems, type ItemDraft } from "./QuizItems";
import { QuizSettings, type SettingsDraft } from "./QuizSettings";
import { StudentPreview } from "./StudentPreview";
import { fromLocalInput, toLocalInput } from "./time";

export function QuizBuilder({ courseId, quizId }: { courseId: string; quizId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const quiz = useQuery(trpc.quiz.get.queryOptions({ quizId }));
  const attempts = useQuery(trpc.dashboard.overview.queryOptions({ courseId }));
  const [settings, setSettings] = useState<SettingsDraft | null>(null);
  const [items, setItems] = useState<ItemDraft[]>([]);
  const [dirty, setDirty] = useState(false);

  // Load the server copy once; later refetches must not discard unsaved edits.
  useEffect(() => {
    if (!quiz.data || settings) return;
    const q = quiz.data;
    setSettings({ title: q.title, opensAt: toLocalInput(q.opensAt), closesAt: toLocalInput(q.closesAt), attemptsAllowed: q.attemptsAllowed, feedbackRelease: q.feedbackRelease, mode: q.mode });
    setItems(q.items.map((i) => ({ questionId: i.questionId, points: i.points, title: i.title, kind: i.kind })));
  }, [quiz.data, settings]);

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.quiz.pathKey() });
  const save = useMutation(trpc.quiz.update.mutationOptions({ onSuccess: async () => { setDirty(false); await refresh(); } }));
  const publish = useMutation(trpc.quiz.publish.mutationOptions({ onSuccess: refresh }));

  if (quiz.error) return <p role="alert" className={styles.error}>Could not load the quiz: {quiz.error.message}</p>;
  if (!quiz.data || !settings) return <p>Loading quiz…</p>;
  const started = (attempts.data?.quizzes.find((q) => q.quizId === quizId)?.completed ?? 0) > 0;
  const published = Boolean(quiz.data.publishedAt);

  const doSave = () =>
    save.mutate({
      quizId,
      title: settings.title.trim(),
      opensAt: fromLocalInput(settings.opensAt),
      closesAt: fromLocalInput(settings.closesAt),
      attemptsAllowed: settings.attemptsAllowed,
      feedbackRelease: settings.feedbackRelease,
      mode: settings.mode,
      ...(started ? {} : { items: items.map(({ questionId, points }) => ({ questionId, points })) }),
    });

  return (
    <>
      <h1>Quiz: {quiz.data.title}</h1>
      <p data-testid="quiz-state">
        {published ? `Published ${formatDate(quiz.data.publishedAt)}.` : "Draft: students cannot see it yet."} {dirty ? "You have unsaved changes." : ""}
      </p>
      <QuizSettings value={settings} onChange={(s) => { setSettings(s); setDirty(true); }} />
      <QuizItems courseId={courseId} items={items} onChange={(i) => { setItems(i); setDirty(true); }} locked={started} />
      <div className={styles.row}>
        <button type="button" className={styles.button} onClick={doSave} disabled={save.isPending}>Save quiz</button>
        <button
          type="button"
          className={styles.secondary}
          disabled={publish.isPending || dirty}
          title={dirty ? "Save your changes first" : undefined}
          onClick={() => publish.mutate({ quizId, published: !published })}
        >
          {published ? "Unpublish" : "Publish"}
        </button>
      </div>
      <StatusLine
        error={save.error?.message ?? publish.error?.message}
        message={save.isPending ? "Saving…" : publish.isSuccess ? (publish.data.publishedAt ? "Quiz published." : "Quiz unpublished.") : save.isSuccess ? "Quiz saved." : null}
      />
      <ExtendDeadline courseId={courseId} quizId={quizId} extensions={quiz.data.extensions} />
      <StudentPreview items={quiz.data.items} />
    </>
  );
}
