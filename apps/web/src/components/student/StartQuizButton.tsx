"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/trpc/client";

export function StartQuizButton({ quizId, resume, title }: { quizId: string; resume: boolean; title: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const start = useMutation(trpc.attempt.start.mutationOptions({ onSuccess: (res) => router.push(`/student/attempts/${res.attemptId}`) }));
  return (
    <>
      <button type="button" className="btn btn-primary btn-small" disabled={start.isPending} onClick={() => start.mutate({ quizId })} aria-label={`${resume ? "Resume" : "Start"} ${title}`}>
        {resume ? "Resume" : "Start"}
      </button>
      {start.error && (
        <span role="alert" className="error">
          {start.error.message}
        </span>
      )}
    </>
  );
}
