// Grading time per kind over the bank's questions (seeded variants, right and wrong answers), in
// three cache states after JIT warm-up:
//   cold      nothing cached: simulate + derive key + grade
//   trace     run cached by (program, python): derive key + grade
//   cached    run and prepared question cached: grade only (a server grading a whole class)
// Times are CPU time of this process (process.cpuUsage), so other processes competing for the
// cores do not inflate them; the wall-clock p50 is printed too. Run: pnpm bench
import { performance } from "node:perf_hooks";
import { clearCaches, grade, kinds, prepareQuestion, type Kind } from "../src/index";
import { preparedCache } from "../src/cache";
import { bankAnswer, bankQuestions } from "../test/bank";

const ROUNDS = 200;
const SEEDS = [11, 22, 33];
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? 0;
};
const wall: number[] = [];
const time = (f: () => void): number => {
  const w0 = performance.now();
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  wall.push(performance.now() - w0);
  return (c.user + c.system) / 1000;
};

type Row = { cold: number[]; trace: number[]; cached: number[] };
const rows = new Map<Kind, Row>();
const bank = bankQuestions().map(({ name, json }) => {
  const kind = (json as { kind: Kind }).kind;
  const p = prepareQuestion(json);
  if (!p.ok) throw new Error(`${name}: ${JSON.stringify(p.errors)}`);
  return { kind, json, answers: [bankAnswer(name, "right") ?? kinds[kind].keyAnswer(p.key), bankAnswer(name, "wrong") ?? {}] };
});

// Warm the JIT on every path before measuring.
for (let i = 0; i < 3; i++) for (const b of bank) { clearCaches(); grade(b.json, b.answers[0], { seed: 1 }); }

for (const b of bank) {
  const row = rows.get(b.kind) ?? { cold: [], trace: [], cached: [] };
  rows.set(b.kind, row);
  for (let i = 0; i < 20; i++) {
    clearCaches();
    row.cold.push(time(() => grade(b.json, b.answers[i % 2], { seed: SEEDS[i % SEEDS.length] as number })));
    preparedCache.clear();
    row.trace.push(time(() => grade(b.json, b.answers[(i + 1) % 2], { seed: SEEDS[i % SEEDS.length] as number })));
  }
  for (const seed of SEEDS) grade(b.json, b.answers[0], { seed });
  for (let i = 0; i < ROUNDS; i++) row.cached.push(time(() => grade(b.json, b.answers[i % 2], { seed: SEEDS[i % SEEDS.length] as number })));
}

const f = (n: number): string => n.toFixed(3).padStart(8);
console.log(`CPU ms per grade; wall-clock p50 over all ${wall.length} grades: ${quantile(wall, 0.5).toFixed(3)} ms`);
console.log("kind            cold p50 cold p99 | trace p50 trace p99 | cached p50 cached p99   (ms)");
for (const [kind, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${kind.padEnd(14)} ${f(quantile(r.cold, 0.5))} ${f(quantile(r.cold, 0.99))} | ${f(quantile(r.trace, 0.5))}  ${f(quantile(r.trace, 0.99))} |  ${f(quantile(r.cached, 0.5))}   ${f(quantile(r.cached, 0.99))}`);
}
