export { createDb, type Db } from "./client";
export { startDatabase, checkConnection, ensureDatabase, withDatabase, type StartedDatabase, type StartDatabaseOptions } from "./database";
export { DatabaseUnavailableError, redactUrl } from "./errors";
export { findRepoRoot } from "./paths";
// Model types, enums and the Prisma namespace (Prisma.TransactionClient, Prisma.JsonValue, ...).
export * from "./generated/client";
export { migrate, readMigrations, defaultMigrationsDir, MigrationError, type MigrateResult, type MigrationFile } from "./migrate";
