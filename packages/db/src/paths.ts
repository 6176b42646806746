import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

function searchUp(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function ownLocation(): string | undefined {
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    return undefined; // bundled: no file URL
  }
}

/**
 * The monorepo root: the nearest folder above `from` (default: the working directory, then this
 * file's folder) holding pnpm-workspace.yaml.
 */
export function findRepoRoot(from?: string): string {
  const candidates = from ? [from] : [process.cwd(), ownLocation()];
  for (const start of candidates) {
    const found = start ? searchUp(start) : undefined;
    if (found) return found;
  }
  return resolve(from ?? process.cwd());
}

/** Where embedded clusters live: HEAPWISE_DATA_DIR, else <repo>/.data (git-ignored). */
export function dataRoot(): string {
  return process.env.HEAPWISE_DATA_DIR ?? join(findRepoRoot(), ".data");
}
