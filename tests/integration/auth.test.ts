import {
  authOptions,
  authorizeCredentials,
  hashPassword,
  isLoginAllowed,
  LOGIN_LIMIT,
  RATE_LIMITED,
  recordLoginAttempt,
  verifyPassword,
} from "@heapwise/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "./helpers/database";

let t: TestDatabase;
const PASSWORD = "correct horse battery staple";

beforeAll(async () => {
  t = await freshDatabase();
  await t.db.user.create({
    data: { email: "ada@heapwise.dev", name: "Ada", role: "INSTRUCTOR", passwordHash: await hashPassword(PASSWORD) },
  });
});
afterAll(() => t?.drop());

describe("password hashing", () => {
  it("uses argon2id with a fresh salt and verifies only the right password", async () => {
    const [a, b] = await Promise.all([hashPassword("s3cret"), hashPassword("s3cret")]);
    expect(a).toMatch(/^\$argon2id\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("s3cret");
    expect(await verifyPassword(a, "s3cret")).toBe(true);
    expect(await verifyPassword(a, "S3cret")).toBe(false);
    expect(await verifyPassword("not a hash", "s3cret")).toBe(false);
  });
});

describe("credentials sign-in", () => {
  it("returns the session user for the right password, email case-insensitive", async () => {
    const user = await authorizeCredentials(t.db, { email: "  ADA@heapwise.dev ", password: PASSWORD }, "10.0.0.1");
    expect(user).toEqual({ id: expect.any(String), email: "ada@heapwise.dev", name: "Ada", role: "INSTRUCTOR" });
  });

  it("returns null for a wrong password, an unknown email and malformed input", async () => {
    expect(await authorizeCredentials(t.db, { email: "ada@heapwise.dev", password: "nope" }, "10.0.0.2")).toBeNull();
    expect(await authorizeCredentials(t.db, { email: "nobody@heapwise.dev", password: PASSWORD }, "10.0.0.2")).toBeNull();
    expect(await authorizeCredentials(t.db, { email: "not-an-email", password: PASSWORD }, "10.0.0.2")).toBeNull();
    expect(await authorizeCredentials(t.db, undefined, "10.0.0.2")).toBeNull();
  });

  it("records every attempt without the password", async () => {
    const rows = await t.db.loginAttempt.findMany({ where: { ip: "10.0.0.2" } });
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(rows)).not.toContain(PASSWORD);
  });
});

describe("login rate limit", () => {
  it(`refuses after ${LOGIN_LIMIT.maxFailures} failures per email+ip, even the right password`, async () => {
    const ip = "10.0.0.3";
    for (let i = 0; i < LOGIN_LIMIT.maxFailures; i++) {
      expect(await authorizeCredentials(t.db, { email: "ada@heapwise.dev", password: `wrong-${i}` }, ip)).toBeNull();
    }
    await expect(authorizeCredentials(t.db, { email: "ada@heapwise.dev", password: PASSWORD }, ip)).rejects.toThrow(RATE_LIMITED);
    // Another address is not affected.
    expect(await authorizeCredentials(t.db, { email: "ada@heapwise.dev", password: PASSWORD }, "10.0.0.4")).not.toBeNull();
  });

  it("forgets failures older than the window and counts only since the last success", async () => {
    const key = { email: "window@heapwise.dev", ip: "10.0.0.5" };
    const now = new Date();
    const old = new Date(now.getTime() - LOGIN_LIMIT.windowMs - 1000);
    for (let i = 0; i < LOGIN_LIMIT.maxFailures; i++) await recordLoginAttempt(t.db, key, false, old);
    expect(await isLoginAllowed(t.db, key, now)).toBe(true);

    for (let i = 0; i < LOGIN_LIMIT.maxFailures - 1; i++) await recordLoginAttempt(t.db, key, false, now);
    await recordLoginAttempt(t.db, key, true, new Date(now.getTime() + 1));
    await recordLoginAttempt(t.db, key, false, new Date(now.getTime() + 2));
    expect(await isLoginAllowed(t.db, key, new Date(now.getTime() + 3))).toBe(true);
  });
});

describe("authOptions", () => {
  it("uses JWT sessions and only the credentials provider without OAuth settings", () => {
    const options = authOptions(t.db, {}, {});
    expect(options.session?.strategy).toBe("jwt");
    expect(options.providers.map((p) => p.id)).toEqual(["credentials"]);
  });

  it("adds GitHub and Google when their settings are present", () => {
    const env = { GITHUB_CLIENT_ID: "id", GITHUB_CLIENT_SECRET: "s", GOOGLE_CLIENT_ID: "id", GOOGLE_CLIENT_SECRET: "s" };
    expect(authOptions(t.db, {}, env).providers.map((p) => p.id)).toEqual(["credentials", "github", "google"]);
  });

  it("puts {id, email, name, role} in the session through the JWT", async () => {
    const options = authOptions(t.db, {}, {});
    const user = await authorizeCredentials(t.db, { email: "ada@heapwise.dev", password: PASSWORD }, "10.0.0.6");
    const account = { provider: "credentials", type: "credentials" as const, providerAccountId: user!.id };
    const token = await options.callbacks!.jwt!({ token: {} as never, user: user as never, account, trigger: "signIn" });
    const later = await options.callbacks!.jwt!({ token, user: undefined as never, account: null });
    const session = await options.callbacks!.session!({
      session: { expires: "" } as never,
      token: later,
      user: undefined as never,
      newSession: undefined,
      trigger: "update",
    });
    expect(session.user).toEqual(user);
  });

  it("picks up a role change in the database after a while", async () => {
    const options = authOptions(t.db, {}, {});
    const user = await t.db.user.create({ data: { email: "promoted@heapwise.dev", name: "P", role: "STUDENT" } });
    const token = { id: user.id, role: "STUDENT" as const, checkedAt: Date.now() };
    await t.db.user.update({ where: { id: user.id }, data: { role: "INSTRUCTOR" } });
    const fresh = await options.callbacks!.jwt!({ token, user: undefined as never, account: null });
    expect(fresh.role).toBe("STUDENT"); // checked moments ago: no query
    const stale = await options.callbacks!.jwt!({ token: { ...token, checkedAt: 0 }, user: undefined as never, account: null });
    expect(stale.role).toBe("INSTRUCTOR");
  });
});
