import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultMigrationsDir, migrate, readMigrations } from "@heapwise/db";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "./helpers/database";

const opened: TestDatabase[] = [];
const tmpDirs: string[] = [];
async function emptyDb(): Promise<TestDatabase> {
  const t = await freshDatabase("empty");
  opened.push(t);
  return t;
}
afterAll(async () => {
  await Promise.all(opened.map((t) => t.drop()));
});
afterEach(() => {
  for (const d of tmpDirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of prisma/migrations that a test may change. */
function migrationsCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "heapwise-migrations-"));
  tmpDirs.push(dir);
  cpSync(defaultMigrationsDir(), dir, { recursive: true });
  return dir;
}

async function bookkeeping(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `select migration_name, checksum, finished_at, rolled_back_at, applied_steps_count from "_prisma_migrations" order by migration_name`,
    );
    return rows as { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null; applied_steps_count: number }[];
  } finally {
    await client.end();
  }
}

describe("migrate()", () => {
  it("applies every migration once and records it the way Prisma does", async () => {
    const { url } = await emptyDb();
    const names = readMigrations().map((m) => m.name);
    expect(await migrate(url)).toEqual({ applied: names, alreadyApplied: [] });
    expect(await migrate(url)).toEqual({ applied: [], alreadyApplied: names });

    const rows = await bookkeeping(url);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(readMigrations()[i]!.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("is safe when two runners start at once (advisory lock)", async () => {
    const { url } = await emptyDb();
    const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    const applied = results.flatMap((r) => r.applied);
    expect(applied.sort()).toEqual(readMigrations().map((m) => m.name));
    expect((await bookkeeping(url)).length).toBe(readMigrations().length);
  });

  it("refuses a migration edited after it was applied", async () => {
    const { url } = await emptyDb();
    const dir = migrationsCopy();
    await migrate(url, { dir });
    const first = readMigrations(dir)[0]!;
    writeFileSync(join(dir, first.name, "migration.sql"), `${first.sql}\n-- edited\n`);
    await expect(migrate(url, { dir })).rejects.toThrow(/changed after it was applied/);
  });

  it("rolls a failing migration back completely and records nothing", async () => {
    const { url } = await emptyDb();
    const dir = migrationsCopy();
    mkdirSync(join(dir, "99990101000000_broken"));
    writeFileSync(
      join(dir, "99990101000000_broken", "migration.sql"),
      'CREATE TABLE "Half" (id int);\nALTER TABLE "NoSuchTable" ADD COLUMN x int;\n',
    );
    await expect(migrate(url, { dir })).rejects.toThrow(/99990101000000_broken failed and was rolled back/);

    const names = (await bookkeeping(url)).map((r) => r.migration_name);
    expect(names).toEqual(readMigrations().map((m) => m.name)); // the good ones stay applied
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const half = await client.query(`select to_regclass('public."Half"') as t`);
    await client.end();
    expect(half.rows[0].t).toBeNull();
  });
});
