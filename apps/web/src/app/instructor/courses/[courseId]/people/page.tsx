import { PeoplePanel } from "@/components/instructor/course/PeoplePanel";

export default async function PeoplePage({ params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  return <PeoplePanel courseId={courseId} />;
}
