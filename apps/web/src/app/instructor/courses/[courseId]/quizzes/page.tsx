import { QuizList } from "@/components/instructor/quiz/QuizList";

export default async function QuizzesPage({ params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  return <QuizList courseId={courseId} />;
}
