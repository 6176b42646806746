import pg from "pg";

// Everything Prisma's schema engine can create in the public schema, as sorted text lines.
// Prisma's own bookkeeping table is left out: only the migrated database has it.
const QUERIES = {
  columns: `
    select c.table_name || '.' || c.column_name || ' ' ||
           format_type(a.atttypid, a.atttypmod) || case when a.attnotnull then ' not null' else '' end ||
           coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') as line
    from information_schema.columns c
    join pg_attribute a on a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass and a.attname = c.column_name
    left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    where c.table_schema = 'public' and c.table_name <> '_prisma_migrations'`,
  constraints: `
    select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) as line
    from pg_constraint
    where connamespace = 'public'::regnamespace and conrelid <> 0
      and conrelid::regclass::text not like '%_prisma_migrations%'`,
  indexes: `
    select indexdef as line from pg_indexes
    where schemaname = 'public' and tablename <> '_prisma_migrations'`,
  enums: `
    select t.typname || ' ' || string_agg(e.enumlabel, ',' order by e.enumsortorder) as line
    from pg_type t join pg_enum e on e.enumtypid = t.oid
    where t.typnamespace = 'public'::regnamespace group by t.typname`,
};

export type Catalog = Record<keyof typeof QUERIES, string[]>;

export async function readCatalog(url: string): Promise<Catalog> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const catalog: Partial<Catalog> = {};
    for (const [key, sql] of Object.entries(QUERIES)) {
      const { rows } = await client.query<{ line: string }>(sql);
      catalog[key as keyof Catalog] = rows.map((r) => r.line).sort();
    }
    return catalog as Catalog;
  } finally {
    await client.end();
  }
}

export async function execute(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
