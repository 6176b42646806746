// `pnpm --filter @heapwise/seed seed` (or `tsx prisma/seed.ts`): migrates and seeds the database
// of DATABASE_URL, or the embedded "dev" one that `pnpm start` uses.
import { pathToFileURL } from "node:url";
import { createDb, migrate, startDatabase } from "@heapwise/db";
import { seed } from "./index";

export async function main(): Promise<void> {
  const database = await startDatabase({ name: "dev" });
  const db = createDb(database.url);
  try {
    await migrate(database.url);
    const summary = await seed(db);
    console.log(`seed: done (${summary.attemptsCreated} attempts created, ${summary.attemptsSkipped} left out)`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(`seed failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
