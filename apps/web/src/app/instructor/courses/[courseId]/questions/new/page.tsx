import { QuestionEditor } from "@/components/instructor/authoring/QuestionEditor";

export default async function NewQuestionPage({ params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  return <QuestionEditor courseId={courseId} />;
}
