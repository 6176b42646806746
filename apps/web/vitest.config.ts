import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  oxc: { jsx: { runtime: "automatic", development: false } },
  // Production React: the render benchmark measures what users run, not React's dev checks.
  test: { include: ["src/**/*.test.{ts,tsx}"], environment: "node", env: { NODE_ENV: "production" } },
});
