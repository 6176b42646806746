import { QuizBuilder } from "@/components/instructor/quiz/QuizBuilder";

export default async function QuizBuilderPage({ params }: { params: Promise<{ courseId: string; quizId: string }> }) {
  const { courseId, quizId } = await params;
  return <QuizBuilder courseId={courseId} quizId={quizId} />;
}
