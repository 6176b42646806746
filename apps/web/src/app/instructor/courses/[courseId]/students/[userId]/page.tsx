import { StudentDrilldown } from "@/components/instructor/dashboard/StudentDrilldown";

export default async function StudentPage({ params }: { params: Promise<{ courseId: string; userId: string }> }) {
  const { courseId, userId } = await params;
  return <StudentDrilldown courseId={courseId} userId={userId} />;
}
