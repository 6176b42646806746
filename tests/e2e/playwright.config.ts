import { defineConfig } from "@playwright/test";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// The e2e run builds and serves the real app on its own database (scripts/start.mjs --e2e:
// database "e2e", port 3100, freshly migrated and seeded) and drives Debian's Chromium.
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const port = Number(process.env.HEAPWISE_E2E_PORT ?? 3100);
const chromium = process.env.HEAPWISE_CHROMIUM ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: here,
  testMatch: "**/*.spec.ts",
  outputDir: join(here, "artifacts", "results"),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [["list"], ["html", { outputFolder: join(here, "artifacts", "report"), open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: "node scripts/start.mjs --e2e",
    cwd: root,
    url: `http://localhost:${port}/api/health`,
    env: { PORT: String(port) },
    timeout: 240_000,
    // Reusing a running server is opt-in (HEAPWISE_E2E_REUSE=1) so a stale build never answers a test run.
    reuseExistingServer: process.env.HEAPWISE_E2E_REUSE === "1",
    stdout: "pipe",
    stderr: "pipe",
  },
});
