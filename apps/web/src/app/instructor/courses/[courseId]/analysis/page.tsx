import { AnalysisPage } from "@/components/instructor/dashboard/QuestionAnalysis";

export default async function CourseAnalysisPage({ params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  return <AnalysisPage courseId={courseId} />;
}
