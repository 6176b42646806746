import type { Db } from "@heapwise/db";

/** Failed sign-ins allowed per email+ip within the window before further tries are refused. */
export const LOGIN_LIMIT = { maxFailures: 5, windowMs: 15 * 60 * 1000 };

// Rows older than this are useless to the limiter; deleted opportunistically.
const RETENTION_MS = 24 * 60 * 60 * 1000;

export interface LoginKey {
  email: string;
  ip: string;
}

/**
 * True while `key` has had fewer than maxFailures failures since the later of (window start,
 * its last success). Stored in the database so every app instance sees the same count.
 */
export async function isLoginAllowed(db: Db, key: LoginKey, now: Date = new Date()): Promise<boolean> {
  const windowStart = new Date(now.getTime() - LOGIN_LIMIT.windowMs);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { ...key, success: true, at: { gte: windowStart } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const since = lastSuccess?.at ?? windowStart;
  const failures = await db.loginAttempt.count({ where: { ...key, success: false, at: { gt: since } } });
  return failures < LOGIN_LIMIT.maxFailures;
}

export async function recordLoginAttempt(db: Db, key: LoginKey, success: boolean, now: Date = new Date()): Promise<void> {
  await db.loginAttempt.create({ data: { ...key, success, at: now } });
  if (!success) {
    await db.loginAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - RETENTION_MS) } } });
  }
}
