// Benchmark: traced and untraced simulation of BENCH_PROGRAMS against python3 on the same code.
// Run: pnpm --filter @heapwise/simulator bench   (or: pnpm exec tsx bench/run.ts)
// Both sides are timed the same way: CPU time of the process (process.cpuUsage() here,
// time.process_time() in python3), so other load on a shared machine does not skew the ratio, and
// both time compiling plus running the source (simulate() parses and compiles; the python harness
// calls compile() inside its timed region). Best of REPEAT runs on both sides.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simulate } from "../src/index";
import { BENCH_PROGRAMS, type BenchProgram } from "./programs";

const MAX_STEPS = 5_000_000;

const REPEAT = 15; // untraced and python3 timings: best of REPEAT runs (the machine is shared: more runs, less noise)

// Times compile + exec of the program inside CPython (not interpreter start-up), CPU time, best of
// REPEAT; stdout of the first run only.
const PY_HARNESS = `import io, sys, time
src = open(sys.argv[1]).read()
best = None
for i in range(${REPEAT}):
    if i == 1:
        sys.stdout.flush()
        sys.stdout = io.StringIO()
    t = time.process_time()
    exec(compile(src, sys.argv[1], "exec"), {"__name__": "__main__"})
    d = time.process_time() - t
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

/** Runs fn; returns its value and the process CPU time it took, in ms. */
function timed<T>(fn: () => T): [T, number] {
  const t = process.cpuUsage();
  const v = fn();
  const d = process.cpuUsage(t);
  return [v, (d.user + d.system) / 1000];
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
  // Warm up the JIT before timing anything: otherwise the first rows measure V8's compile tiers
  // rather than the simulator (python3's best-of-REPEAT likewise measures a warm interpreter).
  // Untraced runs are warmed up and timed before the recorder ever runs: once a traced run has
  // happened in the process, V8's code for the shared paths is compiled for both modes and the
  // untraced runs measured 10-25% slower (untraced timings are of the simulator alone).
  for (const p of BENCH_PROGRAMS) simulate(p.source, { maxSteps: MAX_STEPS, trace: false });
  const untraced = BENCH_PROGRAMS.map(measureUntraced);
  simulate(BENCH_PROGRAMS[0]!.source, { maxSteps: MAX_STEPS }); // the recorder's warm-up
  const rows = BENCH_PROGRAMS.map((p, i) => measure(dir, p, untraced[i]!));
  printTable(rows);
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  const totalSteps = rows.reduce((s, r) => s + r.steps, 0);
  const totalMs = rows.reduce((s, r) => s + r.tracedMs, 0);
  console.log(`peak RSS ${maxRssMB.toFixed(0)} MB; traced: ${((totalMs / totalSteps) * 100_000).toFixed(0)} ms per 100k steps on average`);
  console.log("times: CPU ms (compile + run), best of " + REPEAT + " for untraced and python3, one run for traced");
  console.log("targets: 100k traced steps < 1000 ms; trace < 200 B/step; untraced/python3 < 10x");
}

main();
