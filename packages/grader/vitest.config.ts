import { defineConfig } from "vitest/config";

// Grading tests run the simulator; under a loaded CI machine a test may take a few seconds.
export default defineConfig({ test: { testTimeout: 30_000 } });
