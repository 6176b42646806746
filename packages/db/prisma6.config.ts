// Config for the prisma@6.19 CLI (package alias `prisma6`), used only to compute migration SQL
// (`migrate diff`) offline. Its WASM schema engine runs with `engine: "js"` plus a driver
// adapter, which connects at start-up even for a datamodel-to-datamodel diff, so the caller
// passes a reachable server in HEAPWISE_DIFF_ADAPTER_URL (nothing is written to it).
import { PrismaPg } from "@prisma/adapter-pg";

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= "/bin/false";

export default {
  experimental: { adapter: true },
  engine: "js",
  schema: process.env.HEAPWISE_DIFF_SCHEMA,
  adapter: async () =>
    new PrismaPg({
      connectionString: process.env.HEAPWISE_DIFF_ADAPTER_URL,
      // The CLI exits only once the pool closes its idle connection (pg default: 10 s).
      idleTimeoutMillis: 50,
    }),
};
