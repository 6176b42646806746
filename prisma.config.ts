// Prisma CLI configuration (prisma 7 `prisma generate`, and the prisma6 alias used to diff
// migrations). Plain object on purpose: the repo root has no `prisma` dependency to import
// `defineConfig` from; the CLI runs from packages/db with `--config ../../prisma.config.ts`.

// Prisma would download its native schema engine, which this offline machine cannot fetch;
// pointing at any existing file skips the download (generate does not need the engine).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default {
  schema: "prisma/schema.prisma",
  // `prisma db seed` runs the same seed as `pnpm start` (code in packages/seed).
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
};
