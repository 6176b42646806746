import { createDb, type Db } from "@heapwise/db";

// One Prisma client per server process. Kept on globalThis so Next's dev-mode module reloads do
// not open a new connection pool on every edit. Created lazily: `next build` runs without a database.
const holder = globalThis as unknown as { heapwiseDb?: Db };

export function getDb(): Db {
  if (!holder.heapwiseDb) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error("DATABASE_URL is not set. Start the app with `pnpm start`, which starts the database and sets it.");
    }
    holder.heapwiseDb = createDb(url);
  }
  return holder.heapwiseDb;
}
