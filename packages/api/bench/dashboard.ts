// Dashboard benchmark: seeds 500 students x 40 questions x 3 attempts into a fresh database and
// prints the server time of each dashboard procedure (target: under 300 ms each).
//   pnpm --filter @heapwise/api bench        (embedded PostgreSQL under .data/bench, or DATABASE_URL)
import { performance } from "node:perf_hooks";
import { createDb, ensureDatabase, migrate, startDatabase, withDatabase } from "@heapwise/db";
import { createCaller, createContext, rebuildDashboardStats } from "../src/index";
import { BENCH, seedBench } from "./seed";

const RUNS = 5;
const TARGET_MS = 300;

/** A throw-away database on the embedded server under .data/bench (or on DATABASE_URL's server). */
async function freshBenchDatabase() {
  const server = await startDatabase({ name: "bench" });
  const name = `bench_${Date.now()}`;
  await ensureDatabase(server.url, name);
  return {
    url: withDatabase(server.url, name),
    stop: async () => {
      // BENCH_KEEP=1 keeps the seeded database for EXPLAIN ANALYZE sessions.
      if (process.env.BENCH_KEEP) return console.log(`kept ${withDatabase(server.url, name)}`);
      const admin = createDb(withDatabase(server.url, "postgres"));
      await admin.$executeRawUnsafe(`drop database if exists "${name}" with (force)`);
      await admin.$disconnect();
      await server.stop();
    },
  };
}

async function main() {
  const database = await freshBenchDatabase();
  const db = createDb(database.url);
  try {
    await migrate(database.url);
    const seedStart = performance.now();
    await seedBench(db);
    // The seed writes responses with SQL, bypassing submit, so the aggregates are rebuilt once.
    const rebuildStart = performance.now();
    await rebuildDashboardStats(db, BENCH.courseId);
    const rebuildMs = performance.now() - rebuildStart;
    const attempts = await db.attempt.count();
    const responses = await db.response.count();
    console.log(`seeded ${BENCH.students} students, ${BENCH.questions} questions, ${BENCH.quizzes} quizzes: ${attempts} attempts, ${responses} responses in ${((performance.now() - seedStart) / 1000).toFixed(1)} s (stats rebuild ${rebuildMs.toFixed(0)} ms)`);

    const teacher = { id: "bench-teacher", email: "teacher@bench.heapwise", name: "Bench Teacher", role: "INSTRUCTOR" as const };
    const caller = createCaller(createContext({ db, session: { user: teacher } }));
    const courseId = BENCH.courseId;
    const queries: [string, () => Promise<unknown>][] = [
      ["dashboard.overview", () => caller.dashboard.overview({ courseId })],
      ["dashboard.questionAnalysis (course)", () => caller.dashboard.questionAnalysis({ courseId })],
      ["dashboard.questionAnalysis (quiz)", () => caller.dashboard.questionAnalysis({ courseId, quizId: "bench-z7" })],
      ["dashboard.heatmap (course)", () => caller.dashboard.heatmap({ courseId })],
      ["dashboard.student", () => caller.dashboard.student({ courseId, userId: "bench-u250" })],
      ["dashboard.gradebookCsv", () => caller.dashboard.gradebookCsv({ courseId })],
      ["dashboard.attemptsCsv (export, 300k rows)", () => caller.dashboard.attemptsCsv({ courseId })],
    ];
    let failed = 0;
    console.log(`\n${"procedure".padEnd(44)} ${"median ms".padStart(10)} ${"max ms".padStart(8)}`);
    for (const [name, run] of queries) {
      const isExport = name.includes("export");
      if (!isExport) await run(); // warm-up: connection pool, query plans
      const times: number[] = [];
      // The research export moves every response; one timed run is enough to report it.
      for (let i = 0; i < (isExport ? 1 : RUNS); i++) {
        const start = performance.now();
        await run();
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)]!;
      if (!isExport && median > TARGET_MS) failed++;
      console.log(`${name.padEnd(44)} ${median.toFixed(1).padStart(10)} ${times.at(-1)!.toFixed(1).padStart(8)}${!isExport && median > TARGET_MS ? "  over target" : ""}`);
    }
    console.log(failed ? `\n${failed} dashboard queries over ${TARGET_MS} ms` : `\nall dashboard queries under ${TARGET_MS} ms`);
    // A benchmark reports; it fails CI only on request (BENCH_STRICT=1), since timings swing on a busy machine.
    if (failed && process.env.BENCH_STRICT === "1") process.exitCode = 1;
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

await main();
