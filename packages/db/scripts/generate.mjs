// Generates the Prisma client into src/generated, but only when schema.prisma or the Prisma
// version changed since the last run. Skipping matters: typecheck runs this, and turbo may
// typecheck dependants that read src/generated at the same moment.
import { execFileSync } from "node:child_process";
import process from "node:process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const pkgDir = dirname(dirname(fileURLToPath(import.meta.url)));
const repoRoot = join(pkgDir, "..", "..");
const stampFile = join(pkgDir, "src", "generated", ".schema-hash");
const require = createRequire(import.meta.url);
const prismaVersion = require("prisma/package.json").version;

const hash = createHash("sha256")
  .update(readFileSync(join(repoRoot, "prisma", "schema.prisma")))
  .update(readFileSync(join(repoRoot, "prisma.config.ts")))
  .update(prismaVersion)
  .digest("hex");

const force = process.argv.includes("--force");
if (!force && existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash) {
  process.exit(0);
}
const cli = join(dirname(require.resolve("prisma/package.json")), "build", "index.js");
execFileSync(process.execPath, [cli, "generate", "--config", join(repoRoot, "prisma.config.ts")], {
  cwd: pkgDir,
  stdio: "inherit",
  // No update check or telemetry: their hosts are unreachable offline and only add delay.
  env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
});
writeFileSync(stampFile, hash);
