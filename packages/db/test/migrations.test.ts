import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { defaultMigrationsDir, MigrationError, readMigrations } from "../src/migrate";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("readMigrations", () => {
  it("finds the repository's migrations in name order with sha256 checksums", () => {
    const migrations = readMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.map((m) => m.name)).toEqual([...migrations.map((m) => m.name)].sort());
    for (const m of migrations) {
      const bytes = readFileSync(join(defaultMigrationsDir(), m.name, "migration.sql"));
      expect(m.checksum).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(m.name).toMatch(/^\d{14}_[a-z0-9_]+$/);
    }
  });

  it("ignores files and folders without migration.sql and fails without a folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "heapwise-m-"));
    dirs.push(dir);
    mkdirSync(join(dir, "20260101000000_b"));
    writeFileSync(join(dir, "20260101000000_b", "migration.sql"), "select 1;");
    mkdirSync(join(dir, "20250101000000_a"));
    writeFileSync(join(dir, "20250101000000_a", "migration.sql"), "select 2;");
    mkdirSync(join(dir, "empty"));
    writeFileSync(join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
    expect(readMigrations(dir).map((m) => m.name)).toEqual(["20250101000000_a", "20260101000000_b"]);
    expect(() => readMigrations(join(dir, "missing"))).toThrow(MigrationError);
  });

  it("keeps a migration_lock.toml for Prisma", () => {
    expect(readFileSync(join(defaultMigrationsDir(), "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
  });
});
