import type { SessionUser } from "./credentials";

// The session and token carry the user's id and global role (see authOptions' callbacks).
declare module "next-auth" {
  interface Session {
    user: SessionUser;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    id: string;
    role: SessionUser["role"];
    /** When role and name were last read from the database (ms since epoch). */
    checkedAt?: number;
  }
}
