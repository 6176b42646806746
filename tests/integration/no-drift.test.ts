import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findRepoRoot, migrate } from "@heapwise/db";
import { diffSchemas } from "@heapwise/db/tooling";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute, readCatalog, type Catalog } from "./helpers/catalog";
import { freshDatabase, type TestDatabase } from "./helpers/database";

// Fails when schema.prisma changed without a matching migration (or a migration was edited by
// hand): a database built from prisma/migrations must equal one built from schema.prisma.
describe("prisma/migrations match schema.prisma", () => {
  const opened: TestDatabase[] = [];
  let migrated: Catalog;
  const schema = readFileSync(join(findRepoRoot(), "prisma", "schema.prisma"), "utf8");

  async function catalogFromSchema(text: string): Promise<Catalog> {
    const t = await freshDatabase("empty");
    opened.push(t);
    await execute(t.url, await diffSchemas(null, text, t.url));
    return readCatalog(t.url);
  }

  beforeAll(async () => {
    const t = await freshDatabase("empty");
    opened.push(t);
    expect((await migrate(t.url)).applied.length).toBeGreaterThan(0);
    migrated = await readCatalog(t.url);
  });
  afterAll(async () => {
    await Promise.all(opened.map((t) => t.drop()));
  });

  it("builds the same schema both ways", async () => {
    expect(migrated.columns.length).toBeGreaterThan(0);
    expect(await catalogFromSchema(schema)).toEqual(migrated);
  });

  it("notices a schema change that has no migration", async () => {
    const changed = schema.replace(/model User \{/, "model User {\n  nickname String?");
    expect(changed).not.toBe(schema);
    const drifted = await catalogFromSchema(changed);
    expect(drifted.columns).toContain('User.nickname text');
    expect(drifted).not.toEqual(migrated);
  });
});
