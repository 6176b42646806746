import { QuestionEditor } from "@/components/instructor/authoring/QuestionEditor";

export default async function EditQuestionPage({ params }: { params: Promise<{ courseId: string; questionId: string }> }) {
  const { courseId, questionId } = await params;
  return <QuestionEditor courseId={courseId} questionId={questionId} />;
}
