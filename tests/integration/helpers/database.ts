import { randomBytes } from "node:crypto";
import { createDb, type Db } from "@heapwise/db";
import pg from "pg";
import { inject } from "vitest";
import { databaseUrl } from "./server";

export interface TestDatabase {
  url: string;
  /** Prisma client on this database (disconnected by drop()). */
  db: Db;
  drop(): Promise<void>;
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject("serverUrl") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A brand-new database for one test file. `migrated` (default) clones the migrated template;
 * `empty` gives a database with no tables at all (for migration tests).
 */
export async function freshDatabase(kind: "migrated" | "empty" = "migrated"): Promise<TestDatabase> {
  const name = `${inject("dbPrefix")}${randomBytes(6).toString("hex")}`;
  await onServer(`create database ${name}${kind === "migrated" ? ` template ${inject("templateDb")}` : ""}`);
  const url = databaseUrl(inject("serverUrl"), name);
  const db = createDb(url);
  return {
    url,
    db,
    async drop() {
      await db.$disconnect();
      await onServer(`drop database if exists ${name} with (force)`);
    },
  };
}
