import { describe, expect, it } from "vitest";
import { checkConnection, startDatabase } from "../src/database";
import { DatabaseUnavailableError, redactUrl } from "../src/errors";

describe("database errors", () => {
  it("never prints the password of a URL", () => {
    expect(redactUrl("postgresql://u:secret@db:5432/app")).toBe("postgresql://u:***@db:5432/app");
    expect(redactUrl("not a url")).not.toContain("not a url");
  });

  it("reports an unreachable server in one clear message", async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const err = await checkConnection("postgresql://u:secret@127.0.0.1:1/app").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseUnavailableError);
    const message = (err as Error).message;
    expect(message).toMatch(/Cannot reach PostgreSQL at postgresql:\/\/u:\*\*\*@127\.0\.0\.1:1\/app/);
    expect(message).toMatch(/ECONNREFUSED/);
    expect(message).not.toContain("secret");
  });

  it("makes startDatabase fail with that message when DATABASE_URL is unreachable", async () => {
    const started = startDatabase({ name: "unused", databaseUrl: "postgresql://u:secret@127.0.0.1:1/app" });
    await expect(started).rejects.toThrow(DatabaseUnavailableError);
    await expect(started).rejects.toThrow(/^Cannot reach PostgreSQL at postgresql:\/\/u:\*\*\*@127\.0\.0\.1:1\/app/);
  });
});
