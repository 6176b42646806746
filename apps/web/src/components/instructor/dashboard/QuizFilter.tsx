"use client";
// Restricts the analysis views to one quiz (or all quizzes of the course).
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";
import { styles } from "../common";

export function QuizFilter({ courseId, value, onChange }: { courseId: string; value?: string; onChange: (quizId: string | undefined) => void }) {
  const trpc = useTRPC();
  const quizzes = useQuery(trpc.quiz.list.queryOptions({ courseId }));
  return (
    <div className={styles.field} style={{ maxWidth: 360 }}>
      <label htmlFor="analysis-quiz">Quiz</label>
      <select id="analysis-quiz" value={value ?? ""} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">All quizzes</option>
        {(quizzes.data ?? []).map((q) => (
          <option key={q.id} value={q.id}>{q.title}</option>
        ))}
      </select>
    </div>
  );
}
