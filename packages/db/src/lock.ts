import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";

/** Whether a process exists (EPERM: it does, but belongs to another user). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Runs `fn` holding an exclusive lock file (O_EXCL create), so two processes starting the same
 * embedded cluster at once do not both run initdb/postgres. A lock left by a dead process is
 * broken.
 */
export async function withFileLock<T>(path: string, fn: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      let holder = 0;
      try {
        holder = Number(readFileSync(path, "utf8"));
      } catch {
        continue; // released between our open and read
      }
      if (holder && !pidAlive(holder)) {
        rmSync(path, { force: true });
        continue;
      }
      if (Date.now() > end) throw new Error(`Timed out waiting for ${path} (held by process ${holder})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(path, { force: true });
  }
}
