import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

/** The application's database handle: a Prisma client over the `pg` driver adapter. */
export type Db = PrismaClient;

/**
 * Opens a Prisma client on `url`. No engine binary is involved: the generated client uses the
 * WASM query compiler and talks to PostgreSQL through `pg`. Call `db.$disconnect()` when done.
 */
export function createDb(url: string): Db {
  const adapter = new PrismaPg({ connectionString: url });
  return new PrismaClient({ adapter });
}
