import type { Db, Role } from "@heapwise/db";
import { z } from "zod";
import { burnVerifyTime, verifyPassword } from "./password";
import { isLoginAllowed, recordLoginAttempt } from "./rate-limit";

/** What the session exposes about the signed-in user. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** Thrown (and shown by NextAuth as ?error=...) when the rate limit refuses a sign-in. */
export const RATE_LIMITED = "TooManyAttempts";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(1024),
});

/**
 * The credentials check behind NextAuth's Credentials provider: null for wrong or malformed
 * credentials, throws RATE_LIMITED after too many failures. The password is never logged.
 */
export async function authorizeCredentials(db: Db, input: unknown, ip: string): Promise<SessionUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const key = { email, ip };
  if (!(await isLoginAllowed(db, key))) throw new Error(RATE_LIMITED);

  const user = await db.user.findUnique({ where: { email } });
  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await burnVerifyTime(password);
  await recordLoginAttempt(db, key, Boolean(user && ok));
  if (!user || !ok) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

type HeaderBag = Record<string, string | string[] | undefined> | Headers | undefined;

/** Client address for rate limiting: first X-Forwarded-For hop, then X-Real-IP. */
export function clientIp(headers: HeaderBag): string {
  const get = (name: string): string | undefined => {
    if (!headers) return undefined;
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || get("x-real-ip")?.trim() || "unknown";
}
