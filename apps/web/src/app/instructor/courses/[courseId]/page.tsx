import { Overview } from "@/components/instructor/dashboard/Overview";

export default async function CourseOverviewPage({ params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  return <Overview courseId={courseId} />;
}
