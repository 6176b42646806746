// The seed script. Its code lives in packages/seed (@heapwise/seed), a workspace package that
// may depend on @heapwise/grader (to grade the seeded attempts) and @heapwise/auth (password
// hashes) — @heapwise/db must not. This file is the conventional entry point:
//   import { seed } from "prisma/seed.ts"; await seed(db)   (scripts/start.mjs)
//   npx tsx prisma/seed.ts                                   (seeds DATABASE_URL or .data/dev)
import { pathToFileURL } from "node:url";
import { main } from "../packages/seed/src/cli";

export { seed, DEMO_ACCOUNTS, DEMO_COURSES, DEMO_PASSWORD, DEMO_QUIZZES, type SeedSummary } from "../packages/seed/src/index";

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(`seed failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
