import { getServerSession } from "next-auth";
import { cache } from "react";
import { getAuthOptions } from "./auth";

export type Role = "ADMIN" | "INSTRUCTOR" | "STUDENT";
export type SessionUser = { id: string; email: string; name: string | null; role: Role };

/** The signed-in user, or null. Cached per request so layout and page share one JWT decode. */
export const getSession = cache(async (): Promise<{ user: SessionUser } | null> => {
  const session = await getServerSession(getAuthOptions());
  const user = session?.user as Partial<SessionUser> | undefined;
  if (!user?.id || !user.email || !user.role) return null;
  return { user: { id: user.id, email: user.email, name: user.name ?? null, role: user.role } };
});

/** Where a user lands after signing in. */
export function homeFor(role: Role): string {
  return role === "STUDENT" ? "/student" : "/instructor";
}
