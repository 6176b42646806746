import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { createDb, findRepoRoot, migrate, startDatabase, type StartedDatabase } from "@heapwise/db";
import { afterEach, describe, expect, it } from "vitest";

// These tests are about the embedded server itself, so they force it even with DATABASE_URL.
const root = findRepoRoot();
const dirs: string[] = [];
const running: StartedDatabase[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDataDir(): string {
  const dir = join(root, ".data", `restart-${randomBytes(4).toString("hex")}`);
  mkdirSync(dir, { recursive: true });
  dirs.push(dir);
  return dir;
}

async function start(dataDir: string): Promise<StartedDatabase> {
  const s = await startDatabase({ name: "pg", dataDir, databaseUrl: null });
  running.push(s);
  return s;
}

function postmasterPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function until(cond: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function emails(url: string): Promise<string[]> {
  const db = createDb(url);
  try {
    return (await db.user.findMany({ orderBy: { email: "asc" } })).map((u) => u.email);
  } finally {
    await db.$disconnect();
  }
}

describe("the embedded database keeps its data", { timeout: 90_000 }, () => {
  it("after kill -9 of the PostgreSQL server", async () => {
    const dataDir = tempDataDir();
    const first = await start(dataDir);
    await migrate(first.url);
    const db = createDb(first.url);
    await db.user.create({ data: { email: "kept@heapwise.dev", name: "Kept" } });
    await db.$disconnect();

    const pid = postmasterPid(dataDir);
    process.kill(pid, "SIGKILL");
    await until(() => !alive(pid));

    const second = await start(dataDir);
    expect(await emails(second.url)).toEqual(["kept@heapwise.dev"]);
  });

  it("after kill -9 of the app that started it (orphaned server is taken over)", async () => {
    const dataDir = tempDataDir();
    const fixture = join(root, "tests", "integration", "fixtures", "hold-database.ts");
    const child = spawn(process.execPath, ["--import", "tsx", fixture, dataDir], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (c: Buffer) => resolve(c.toString()));
      child.on("exit", (code) => reject(new Error(`fixture exited ${code}: ${stderr}`)));
    });
    expect(JSON.parse(line).url).toMatch(/^postgresql:/);
    const orphan = postmasterPid(dataDir);
    child.kill("SIGKILL");
    await until(() => child.exitCode !== null || child.signalCode !== null);
    expect(alive(orphan)).toBe(true); // kill -9 gives the app no chance to stop its server

    const restarted = await start(dataDir);
    expect(await emails(restarted.url)).toEqual(["before-kill@heapwise.dev"]);
    expect(alive(orphan)).toBe(false);
  });

  it("is shared, not started twice, when two callers start it at once", async () => {
    const dataDir = tempDataDir();
    const [a, b] = await Promise.all([start(dataDir), start(dataDir)]);
    expect(a.url).toBe(b.url);
    expect([a.owned, b.owned].sort()).toEqual([false, true]);
    await migrate(a.url);
    expect(await emails(b.url)).toEqual([]);
  });
});
