import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Integration tests against a real PostgreSQL: global-setup.ts starts one server (embedded, or
// DATABASE_URL); every test file works in its own fresh database, so files run in parallel.
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["tests/integration/**/*.test.ts"],
    globalSetup: ["tests/integration/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores here: more forks only queue on the same PostgreSQL.
    maxWorkers: 2,
  },
});
