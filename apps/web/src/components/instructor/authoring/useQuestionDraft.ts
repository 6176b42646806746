"use client";
// Loading a saved question into the editor and saving the draft as a new question or a new version.
import { useEffect, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/trpc/client";
import { cleanDraft, newDraft, type Draft } from "./draft";

export function useQuestionDraft(courseId: string, questionId: string | undefined) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => newDraft());
  const [loadedId, setLoadedId] = useState<string | null>(null);
  const saved = useQuery({ ...trpc.question.get.queryOptions({ questionId: questionId ?? "" }), enabled: Boolean(questionId) });

  // Replace the working copy once per loaded question, not on every refetch (that would drop edits).
  useEffect(() => {
    if (saved.data && loadedId !== saved.data.id) {
      setDraft(saved.data.version.definition as Draft);
      setLoadedId(saved.data.id);
    }
  }, [saved.data, loadedId]);

  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.question.pathKey() });
  const create = useMutation(
    trpc.question.create.mutationOptions({
      onSuccess: async (q) => {
        await invalidate();
        router.replace(`/instructor/courses/${courseId}/questions/${q.id}`);
      },
    }),
  );
  const saveVersion = useMutation(trpc.question.saveVersion.mutationOptions({ onSuccess: invalidate }));

  const save = () => {
    const definition = cleanDraft(draft);
    if (questionId) saveVersion.mutate({ questionId, definition });
    else create.mutate({ courseId, definition });
  };
  const pending = create.isPending || saveVersion.isPending;
  const error = create.error?.message ?? saveVersion.error?.message ?? null;
  const message = saveVersion.isSuccess ? `Saved as version ${saveVersion.data.version}.` : create.isSuccess ? "Question created." : null;
  return { draft, setDraft, saved, save, pending, error, message, loading: Boolean(questionId) && !saved.data && !saved.error };
}
