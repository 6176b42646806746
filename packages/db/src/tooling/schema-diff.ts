import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const pkgDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * Prisma 6 insists on a datasource url; Prisma 7 schemas have none. Adds a dummy one to a copy
 * (the diff never connects).
 */
function withUrl(schema: string): string {
  return schema.replace(/(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*"[^"]*")/, '$1\n  url = env("DATABASE_URL")');
}

/**
 * SQL that turns a database shaped like `fromSchema` (schema.prisma text, or null for an empty
 * database) into one shaped like `toSchema`, computed by prisma@6.19's WASM schema engine.
 * `serverUrl`: any reachable PostgreSQL; Prisma 6's driver adapter insists on connecting.
 */
export async function diffSchemas(fromSchema: string | null, toSchema: string, serverUrl: string): Promise<string> {
  const cli = join(dirname(createRequire(import.meta.url).resolve("prisma6/package.json")), "build", "index.js");
  const tmp = mkdtempSync(join(tmpdir(), "heapwise-diff-"));
  try {
    const toPath = join(tmp, "to.prisma");
    writeFileSync(toPath, withUrl(toSchema));
    const from = ["--from-empty"];
    if (fromSchema !== null) {
      const fromPath = join(tmp, "from.prisma");
      writeFileSync(fromPath, withUrl(fromSchema));
      from.splice(0, 1, "--from-schema-datamodel", fromPath);
    }
    const args = [cli, "migrate", "diff", "--config", join(pkgDir, "prisma6.config.ts"), ...from];
    args.push("--to-schema-datamodel", toPath, "--script");
    const { stdout } = await run(process.execPath, args, {
      cwd: pkgDir,
      env: {
        ...process.env,
        DATABASE_URL: "postgresql://unused@127.0.0.1:1/unused",
        HEAPWISE_DIFF_SCHEMA: toPath,
        HEAPWISE_DIFF_ADAPTER_URL: serverUrl,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** True when a diff holds no statements (Prisma prints a comment for an empty migration). */
export function isEmptyDiff(sql: string): boolean {
  return sql
    .split("\n")
    .map((l) => l.trim())
    .every((l) => l === "" || l.startsWith("--"));
}
