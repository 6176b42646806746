import type { Db, Role } from "@heapwise/db";
import type { NextAuthOptions } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { authorizeCredentials, clientIp, type SessionUser } from "./credentials";
import "./types";

type Env = Record<string, string | undefined>;

/** OAuth providers, each only when both its id and secret are set. */
export function oauthProviders(env: Env = process.env): NextAuthOptions["providers"] {
  const providers: NextAuthOptions["providers"] = [];
  if (env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET) {
    providers.push(GitHubProvider({ clientId: env.GITHUB_CLIENT_ID, clientSecret: env.GITHUB_CLIENT_SECRET }));
  }
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET }));
  }
  return providers;
}

// How long a token's role/name may be stale before the database is asked again.
const RECHECK_MS = 5 * 60 * 1000;

/** Re-reads role and name now and then, so an admin's role change reaches live sessions. */
async function refreshed(db: Db, token: JWT): Promise<JWT> {
  if (!token.id || (token.checkedAt ?? 0) > Date.now() - RECHECK_MS) return token;
  const user = await db.user.findUnique({ where: { id: token.id }, select: { name: true, role: true } });
  return user ? { ...token, name: user.name, role: user.role, checkedAt: Date.now() } : token;
}

/** First OAuth sign-in creates a student account for the (provider-verified) email. */
async function userForOAuth(db: Db, email: string, name: string | null | undefined): Promise<SessionUser> {
  const normalised = email.trim().toLowerCase();
  const user = await db.user.upsert({
    where: { email: normalised },
    create: { email: normalised, name: name?.trim() || normalised.split("@")[0] || normalised },
    update: {},
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/**
 * NextAuth configuration: email+password (argon2id, DB-backed rate limit) plus optional
 * GitHub/Google. Sessions are signed JWT cookies, so any number of app instances sharing
 * NEXTAUTH_SECRET accept them without server-side session state.
 */
export function authOptions(db: Db, overrides: Partial<NextAuthOptions> = {}, env: Env = process.env): NextAuthOptions {
  return {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        authorize: (credentials, req) => authorizeCredentials(db, credentials, clientIp(req?.headers)),
      }),
      ...oauthProviders(env),
    ],
    callbacks: {
      async signIn({ account, user, profile }) {
        if (!account || account.provider === "credentials") return true;
        const email = profile?.email ?? user.email;
        return Boolean(email); // OAuth accounts without an email cannot be matched to a user
      },
      async jwt({ token, user, account, profile }) {
        if (!user || !account) return refreshed(db, token); // later requests: the token holds the user
        const signedIn =
          account.provider === "credentials"
            ? (user as unknown as SessionUser)
            : await userForOAuth(db, profile?.email ?? user.email ?? "", profile?.name ?? user.name);
        return { ...token, sub: signedIn.id, id: signedIn.id, email: signedIn.email, name: signedIn.name, role: signedIn.role, checkedAt: Date.now() };
      },
      async session({ session, token }) {
        session.user = { id: token.id, email: token.email ?? "", name: token.name ?? "", role: token.role as Role };
        return session;
      },
    },
    ...overrides,
  };
}
