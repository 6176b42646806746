#!/usr/bin/env node
// `pnpm start`: starts PostgreSQL (embedded unless DATABASE_URL is set), applies migrations,
// seeds the demo data (idempotent), builds the web app when its sources changed, and serves it.
//   --e2e    database "e2e", port 3100, a fresh database and seed (what the Playwright tests use)
//   --build  rebuild even when the build looks current
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const webDir = join(root, "apps", "web");
const args = new Set(process.argv.slice(2));
const e2e = args.has("--e2e");
const port = Number(process.env.PORT ?? (e2e ? 3100 : 3000));
// Two e2e servers at once (say, two checkouts' test runs) need separate databases: HEAPWISE_E2E_DB names it.
const e2eDatabase = process.env.HEAPWISE_E2E_DB ?? "e2e";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.TURBO_TELEMETRY_DISABLED = "1";
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
if (!process.env.NEXTAUTH_SECRET) {
  // Fine on a laptop; a shared deployment must set its own secret.
  process.env.NEXTAUTH_SECRET = "heapwise-local-development-secret-do-not-deploy";
  if (!e2e) console.log("heapwise: NEXTAUTH_SECRET not set, using the local development default.");
}

const log = (msg) => console.log(`heapwise: ${msg}`);
// Workspace packages ship TypeScript; tsx loads them without a build step.
const load = (rel) => tsImport(join(root, rel), import.meta.url);

let database = null;
let server = null;
/** A build or report step in progress, stopped with the rest on Ctrl-C. */
let step = null;
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  if (step && step.exitCode === null) step.kill("SIGTERM");
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
  await database?.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === ".next" || entry.name === "generated" || entry.name.startsWith(".")) continue;
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function buildIsCurrent() {
  const buildId = join(webDir, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  const sources = [join(webDir, "src"), join(webDir, "next.config.ts"), ...["api", "auth", "db", "grader", "simulator"].map((p) => join(root, "packages", p, "src"))];
  return sources.every((s) => !existsSync(s) || (statSync(s).isDirectory() ? newestMtime(s) : statSync(s).mtimeMs) <= built);
}

function run(cmd, cmdArgs, opts) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, cmdArgs, { stdio: "inherit", ...opts });
    step = child;
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${cmdArgs.join(" ")} exited with ${code}`))));
  });
}

async function prepareDatabase() {
  const db = await load("packages/db/src/index.ts");
  try {
    const external = process.env.DATABASE_URL;
    if (e2e && external) {
      // The e2e run wipes its database: never the one DATABASE_URL names, but a sibling on that server.
      await db.ensureDatabase(external, `heapwise_${e2eDatabase.replace(/\W/g, "_")}`);
      const url = db.withDatabase(external, `heapwise_${e2eDatabase.replace(/\W/g, "_")}`);
      await db.checkConnection(url);
      database = { url, stop: async () => {} };
    } else {
      database = await db.startDatabase({ name: e2e ? e2eDatabase : "dev" });
    }
  } catch (err) {
    // One clear line instead of a stack: the usual causes are a wrong DATABASE_URL or a stopped server.
    console.error(`heapwise: cannot start or reach the database: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
  log(`database ${db.redactUrl ? db.redactUrl(database.url) : "ready"}`);
  if (e2e) {
    // Every e2e run starts from the same seed, so tests never depend on an earlier run.
    const client = db.createDb(database.url);
    await client.$executeRawUnsafe("DROP SCHEMA IF EXISTS public CASCADE");
    await client.$executeRawUnsafe("CREATE SCHEMA public");
    await client.$disconnect();
  }
  const result = await db.migrate(database.url);
  log(`migrations: ${result?.applied?.length ?? 0} applied`);
  const seedModule = await load("prisma/seed.ts");
  const client = db.createDb(database.url);
  try {
    await seedModule.seed(client);
  } finally {
    await client.$disconnect();
  }
  log("demo data seeded");
}

async function main() {
  await prepareDatabase();
  const next = join(webDir, "node_modules", ".bin", "next");
  if (args.has("--build") || !buildIsCurrent()) {
    log("building the web app (next build)…");
    await run(next, ["build"], { cwd: webDir, env: process.env });
    await run(process.execPath, [join(webDir, "scripts", "report-size.mjs")], { cwd: webDir, env: process.env });
  }
  log(`serving on http://localhost:${port}`);
  server = spawn(next, ["start", "-p", String(port)], { cwd: webDir, stdio: "inherit", env: { ...process.env, DATABASE_URL: database.url, PORT: String(port) } });
  server.on("exit", (code) => void shutdown(stopping ? 0 : (code ?? 1)));
}

main().catch((err) => {
  console.error("heapwise: start failed:", err);
  void shutdown(1);
});
