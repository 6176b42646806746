import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { unreachable } from "./errors";
import { findRepoRoot } from "./paths";

// The key Prisma Migrate itself locks with, so this runner and `prisma migrate deploy` exclude
// each other as well as two app processes starting at once.
const ADVISORY_LOCK_KEY = 72707369;

// Same table Prisma Migrate keeps, so `prisma migrate status/deploy` can take over.
const BOOKKEEPING_DDL = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

export function defaultMigrationsDir(): string {
  return join(findRepoRoot(), "prisma", "migrations");
}

/** The migration folders in apply order (their names start with a timestamp). */
export function readMigrations(dir: string = defaultMigrationsDir()): MigrationFile[] {
  if (!existsSync(dir)) throw new MigrationError(`No migrations folder at ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    });
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

async function applyOne(client: pg.Client, m: MigrationFile): Promise<void> {
  const startedAt = new Date();
  try {
    await client.query("BEGIN");
    await client.query(m.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations"
         (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, $4, now(), 1)`,
      [randomUUID(), m.checksum, m.name, startedAt],
    );
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    const message = err instanceof Error ? err.message : String(err);
    throw new MigrationError(`Migration ${m.name} failed and was rolled back: ${message}`);
  }
}

function checkApplied(m: MigrationFile, rows: AppliedRow[]): boolean {
  const row = rows.find((r) => r.migration_name === m.name);
  if (!row) return false;
  if (!row.finished_at) {
    throw new MigrationError(
      `Migration ${m.name} is recorded as started but never finished; fix the database and ` +
        `mark it resolved (prisma migrate resolve) before migrating again.`,
    );
  }
  if (row.checksum !== m.checksum) {
    throw new MigrationError(
      `Migration ${m.name} was changed after it was applied (checksum ${row.checksum} in the ` +
        `database, ${m.checksum} on disk). Never edit applied migrations; add a new one.`,
    );
  }
  return true;
}

/**
 * Applies the pending migrations of `dir` to the database at `url`, each in its own
 * transaction, under an advisory lock. Safe to run twice and from several processes at once.
 */
export async function migrate(url: string, options: { dir?: string } = {}): Promise<MigrateResult> {
  const migrations = readMigrations(options.dir);
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {}); // a dropped connection surfaces through the failing query
  try {
    await client.connect();
  } catch (err) {
    throw unreachable(url, err);
  }
  const result: MigrateResult = { applied: [], alreadyApplied: [] };
  try {
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    await client.query(BOOKKEEPING_DDL);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    for (const m of migrations) {
      if (checkApplied(m, rows)) {
        result.alreadyApplied.push(m.name);
        continue;
      }
      await applyOne(client, m);
      result.applied.push(m.name);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => {});
    await client.end().catch(() => {});
  }
  return result;
}
