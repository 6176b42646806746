import type { Db } from "@heapwise/db";

/** The signed-in user as the session carries it (see @heapwise/auth). */
export type SessionUser = {
  id: string;
  email: string;
  name: string | null;
  role: "ADMIN" | "INSTRUCTOR" | "STUDENT";
};

export type Session = { user: SessionUser } | null;

export type Context = {
  db: Db;
  session: Session;
  /** Injectable so tests can move the server clock; production uses real time. */
  now: () => Date;
};

export type CreateContextOptions = {
  db: Db;
  session: Session | undefined;
  now?: () => Date;
};

/** Builds the per-request context. The web route handler passes the NextAuth session. */
export function createContext(opts: CreateContextOptions): Context {
  return { db: opts.db, session: opts.session ?? null, now: opts.now ?? (() => new Date()) };
}
