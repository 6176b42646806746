import type { Metadata } from "next";
import { InstructorHome } from "@/components/instructor/home/InstructorHome";

export const metadata: Metadata = { title: "Teaching · heapwise" };

export default function InstructorPage() {
  return <InstructorHome />;
}
