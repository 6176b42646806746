import type { ReactNode } from "react";
import { CourseShell } from "@/components/instructor/course/CourseShell";

export default async function CourseLayout({ children, params }: { children: ReactNode; params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  return <CourseShell courseId={courseId}>{children}</CourseShell>;
}
