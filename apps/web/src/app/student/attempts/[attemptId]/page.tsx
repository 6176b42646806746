import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { QuizRunner } from "@/components/quiz/QuizRunner";
import { toStudentView } from "@/components/quiz/types";
import { formatDate } from "@/lib/format";
import { serverCaller } from "@/server/caller";
import { forPage } from "@/server/errors";

export const metadata: Metadata = { title: "Quiz" };
export const dynamic = "force-dynamic";

export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const caller = await serverCaller();
  const attempt = await forPage(() => caller.attempt.get({ attemptId }), `/student/attempts/${attemptId}`);
  if (attempt.submittedAt) redirect(`/student/attempts/${attemptId}/result`);
  return (
    <main id="main" className="page">
      <p className="muted">{attempt.quiz.courseName}</p>
      <h1>{attempt.quiz.title}</h1>
      <p className="muted">
        Attempt {attempt.number} · due {formatDate(attempt.quiz.closesAt)} · answers save automatically
      </p>
      <QuizRunner
        attemptId={attempt.id}
        items={attempt.items.map((i) => ({
          quizItemId: i.quizItemId,
          position: i.position,
          points: i.points,
          title: i.title ?? null,
          view: toStudentView(i.view),
          draft: i.draft ?? null,
          draftUpdatedAt: i.draftUpdatedAt ? new Date(i.draftUpdatedAt).getTime() : 0,
        }))}
      />
    </main>
  );
}
