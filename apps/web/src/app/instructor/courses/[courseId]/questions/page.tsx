import { QuestionBank } from "@/components/instructor/bank/QuestionBank";

export default async function QuestionBankPage({ params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  return <QuestionBank courseId={courseId} />;
}
