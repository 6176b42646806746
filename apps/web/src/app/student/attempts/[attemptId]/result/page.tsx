import type { Metadata } from "next";
import Link from "next/link";
import { ResultItem } from "@/components/student/ResultItem";
import { toStudentView } from "@/components/quiz/types";
import { formatDate, formatScore } from "@/lib/format";
import { serverCaller } from "@/server/caller";
import { forPage } from "@/server/errors";

export const metadata: Metadata = { title: "Results" };
export const dynamic = "force-dynamic";

export default async function ResultPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const caller = await serverCaller();
  const result = await forPage(() => caller.attempt.result({ attemptId }), `/student/attempts/${attemptId}/result`);
  return (
    <main id="main" className="page stack">
      <p>
        <Link href="/student">← My courses</Link>
      </p>
      <h1>{result.quizTitle}: results</h1>
      <p className="card" data-testid="total-score">
        Attempt {result.number}, submitted {formatDate(result.submittedAt)}. Score: <strong>{formatScore(result.score, result.maxScore)}</strong>
      </p>
      {!result.released && (
        <p className="card" data-testid="not-released">
          The answer key and the replay are released after the quiz closes
          {result.releasesAt ? ` (${formatDate(result.releasesAt)})` : ""}.
        </p>
      )}
      {result.items.map((item, i, all) => (
        <ResultItem
          key={item.quizItemId}
          index={i}
          title={item.title ?? null}
          view={toStudentView(item.view)}
          answer={item.answer}
          score={item.score}
          maxScore={item.maxScore}
          feedback={item.feedback}
          parts={item.parts}
          misconceptions={item.misconceptions}
          replayProgram={result.released ? (item.program ?? toStudentView(item.view).program) : null}
          replayStep={item.replayStep ?? 0}
          initiallyOpen={result.released && i === all.findIndex((x) => x.score < x.maxScore)}
        />
      ))}
    </main>
  );
}
