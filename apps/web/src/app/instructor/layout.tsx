import type { ReactNode } from "react";
import { forbidden, redirect } from "next/navigation";
import { serverCaller } from "@/server/caller";
import { getSession } from "@/server/session";

export const dynamic = "force-dynamic";

/**
 * Instructor pages need a signed-in instructor or admin, or a student account that is a TA somewhere
 * (TAs see dashboards). Course-level rights are enforced by the API on every procedure; this only
 * sends everyone else to the 403 page early instead of showing empty pages.
 */
export default async function InstructorLayout({ children }: { children: ReactNode }) {
  const session = await getSession();
  if (!session) redirect("/signin?callbackUrl=/instructor");
  if (session.user.role === "STUDENT") {
    const courses = await (await serverCaller()).course.mine();
    if (!courses.some((c) => c.role === "TA" || c.role === "INSTRUCTOR")) forbidden();
  }
  return <main id="main">{children}</main>;
}
