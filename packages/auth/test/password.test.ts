import { describe, expect, it } from "vitest";
import { clientIp } from "../src/credentials";
import { oauthProviders } from "../src/options";
import { hashPassword, verifyPassword } from "../src/password";

describe("passwords", () => {
  it("hashes with argon2id and verifies", async () => {
    const h = await hashPassword("pw");
    expect(h.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(h, "pw")).toBe(true);
    expect(await verifyPassword(h, "pw ")).toBe(false);
  });
});

describe("clientIp", () => {
  it("takes the first forwarded hop, then x-real-ip", () => {
    expect(clientIp({ "x-forwarded-for": "1.2.3.4, 10.0.0.1" })).toBe("1.2.3.4");
    expect(clientIp(new Headers({ "x-real-ip": "5.6.7.8" }))).toBe("5.6.7.8");
    expect(clientIp(undefined)).toBe("unknown");
  });
});

describe("oauthProviders", () => {
  it("needs both id and secret", () => {
    expect(oauthProviders({})).toEqual([]);
    expect(oauthProviders({ GITHUB_CLIENT_ID: "x" })).toEqual([]);
    expect(oauthProviders({ GOOGLE_CLIENT_ID: "x", GOOGLE_CLIENT_SECRET: "y" }).map((p) => p.id)).toEqual(["google"]);
  });
});
