// Benchmark: traced and untraced simulation of BENCH_PROGRAMS against python3 on the same code.
// Run: pnpm --filter @heapwise/simulator bench   (or: pnpm exec tsx bench/run.ts)
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simulate } from "../src/index";
import { BENCH_PROGRAMS, type BenchProgram } from "./programs";

const MAX_STEPS = 5_000_000;

const REPEAT = 7; // untraced and python3 timings: best of REPEAT runs (the machine is shared: more runs, less noise)

// Times only the program's execution inside CPython (not interpreter start-up), best of REPEAT;
// stdout of the first run only.
const PY_HARNESS = `import io, sys, time
src = open(sys.argv[1]).read()
code = compile(src, sys.argv[1], "exec")
best = None
for i in range(${REPEAT}):
    if i == 1:
        sys.stdout.flush()
        sys.stdout = io.StringIO()
    t = time.perf_counter()
    exec(code, {"__name__": "__main__"})
    d = time.perf_counter() - t
    best = d if best is None else min(best, d)
sys.stderr.write("HEAPWISE_TIME %f\\n" % best)
`;

interface Row {
  program: string;
  steps: number;
  tracedMs: number;
  stepsPerSec: number;
  bytesPerStep: number;
  heapMB: number;
  untracedMs: number;
  pythonMs: number;
  ratio: number;
  sameOutput: boolean;
}

function timed<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const v = fn();
  return [v, performance.now() - t];
}

function pythonRun(dir: string, p: BenchProgram): { ms: number; stdout: string } {
  const file = join(dir, p.name.replace(/\W+/g, "_") + ".py");
  writeFileSync(file, p.source);
  const r = spawnSync("python3", ["-c", PY_HARNESS, file], { encoding: "utf8" });
  const m = /HEAPWISE_TIME ([\d.]+)/.exec(r.stderr);
  if (!m?.[1]) throw new Error(`python3 failed on ${p.name}: ${r.stderr}`);
  return { ms: Number(m[1]) * 1000, stdout: r.stdout };
}

interface Untraced {
  result: ReturnType<typeof simulate>;
  ms: number;
}

/**
 * All untraced runs happen before any traced one (see main): a traced run leaves a large heap
 * behind, and collecting it would land in the next program's untraced timings.
 */
function measureUntraced(p: BenchProgram): Untraced {
  const runs = Array.from({ length: REPEAT }, () => timed(() => simulate(p.source, { maxSteps: MAX_STEPS, trace: false })));
  return { result: runs[0]![0], ms: Math.min(...runs.map(([, ms]) => ms)) };
}

function measure(dir: string, p: BenchProgram, untraced: Untraced): Row {
  const [traced, tracedMs] = timed(() => simulate(p.source, { maxSteps: MAX_STEPS }));
  const steps = traced.trace?.stepCount ?? 0;
  const heapMB = process.memoryUsage().heapUsed / 2 ** 20; // while the trace is still held
  const bytes = traced.trace ? JSON.stringify(traced.trace.toJSON()).length : 0;
  const py = pythonRun(dir, p);
  return {
    program: p.name,
    steps,
    tracedMs,
    stepsPerSec: steps / (tracedMs / 1000),
    bytesPerStep: steps ? bytes / steps : 0,
    heapMB,
    untracedMs: untraced.ms,
    pythonMs: py.ms,
    ratio: untraced.ms / py.ms,
    sameOutput: untraced.result.stdout === py.stdout && traced.stdout === py.stdout && untraced.result.error === null,
  };
}

function printTable(rows: Row[]): void {
  const fmt = (n: number, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
  console.table(rows.map((r) => ({
    program: r.program,
    steps: fmt(r.steps),
    "traced ms": fmt(r.tracedMs),
    "traced steps/s": fmt(r.stepsPerSec),
    "traced ms/100k steps": fmt((r.tracedMs / Math.max(r.steps, 1)) * 100_000),
    "trace B/step": fmt(r.bytesPerStep, 1),
    "heap MB": fmt(r.heapMB, 1),
    "untraced ms": fmt(r.untracedMs, 1),
    "python3 ms": fmt(r.pythonMs, 1),
    "untraced/python3": fmt(r.ratio, 1) + "x",
    "output = python3": r.sameOutput ? "yes" : "NO",
  })));
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), "heapwise-bench-"));
  // Warm up the JIT (the recorder once, then every program untraced) before timing anything:
  // otherwise the first rows measure V8's compile tiers rather than the simulator (python3's
  // best-of-REPEAT likewise measures a warm interpreter).
  simulate(BENCH_PROGRAMS[0]!.source, { maxSteps: MAX_STEPS });
  for (const p of BENCH_PROGRAMS) simulate(p.source, { maxSteps: MAX_STEPS, trace: false });
  const untraced = BENCH_PROGRAMS.map(measureUntraced);
  const rows = BENCH_PROGRAMS.map((p, i) => measure(dir, p, untraced[i]!));
  printTable(rows);
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  const totalSteps = rows.reduce((s, r) => s + r.steps, 0);
  const totalMs = rows.reduce((s, r) => s + r.tracedMs, 0);
  console.log(`peak RSS ${maxRssMB.toFixed(0)} MB; traced: ${((totalMs / totalSteps) * 100_000).toFixed(0)} ms per 100k steps on average`);
  console.log("targets: 100k traced steps < 1000 ms; trace < 200 B/step; untraced/python3 < 10x");
}

main();
