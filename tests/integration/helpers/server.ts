/** Database names of this test run start with this (see global-setup.ts). */
export function runPrefix(pid: number = process.pid): string {
  return `test_${pid}_`;
}

/** Whether the run that created database `name` (test_<pid>_...) is still running. */
export function isLiveRun(name: string): boolean {
  const pid = Number(/^test_(\d+)_/.exec(name)?.[1]);
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The same server's maintenance database ("postgres"). */
export function adminUrl(url: string): string {
  return databaseUrl(url, "postgres");
}

export function databaseUrl(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}
