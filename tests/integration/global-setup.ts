import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { findRepoRoot, migrate, startDatabase, type StartedDatabase } from "@heapwise/db";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { adminUrl, databaseUrl, isLiveRun, runPrefix } from "./helpers/server";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the server's maintenance database; test files create their own databases. */
    serverUrl: string;
    /** Migrated database of this run that per-file databases are cloned from. */
    templateDb: string;
    /** Prefix of this run's database names (test_<pid>_), so parallel runs never collide. */
    dbPrefix: string;
  }
}

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl(url) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Drops databases left by runs that died before their teardown (their pid is gone). */
async function dropDeadRuns(c: pg.Client): Promise<void> {
  const { rows } = await c.query<{ datname: string }>("select datname from pg_database where datname like 'test\\_%'");
  for (const { datname } of rows) {
    if (!isLiveRun(datname)) await c.query(`drop database if exists ${c.escapeIdentifier(datname)} with (force)`);
  }
}

/**
 * The embedded "test" cluster, or a private one for this run when another live test run is
 * using "test" (its teardown would stop the server under us).
 */
async function startServer(): Promise<{ server: StartedDatabase; privateDir?: string }> {
  const server = await startDatabase({ name: "test" });
  if (server.owned || process.env.DATABASE_URL) return { server };
  const dataRoot = join(findRepoRoot(), ".data");
  for (const entry of readdirSync(dataRoot)) {
    const pid = /^test-run-(\d+)$/.exec(entry)?.[1];
    if (pid && !isLiveRun(`test_${pid}_`)) {
      await (await startDatabase({ name: entry })).stop(); // takes over a possible orphan
      rmSync(join(dataRoot, entry), { recursive: true, force: true });
    }
  }
  const name = `test-run-${process.pid}`;
  return { server: await startDatabase({ name }), privateDir: join(dataRoot, name) };
}

/** Starts the server once per run and migrates a template database that files clone. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { server, privateDir } = await startServer();
  const prefix = runPrefix();
  const template = `${prefix}template`;
  await admin(server.url, async (c) => {
    await dropDeadRuns(c);
    await c.query(`create database ${template}`);
  });
  await migrate(databaseUrl(server.url, template));
  project.provide("serverUrl", adminUrl(server.url));
  project.provide("templateDb", template);
  project.provide("dbPrefix", prefix);
  return async () => {
    await admin(server.url, (c) => c.query(`drop database if exists ${template} with (force)`));
    await server.stop();
    if (privateDir) rmSync(privateDir, { recursive: true, force: true });
  };
}
