// Opt-in (HEAPWISE_FUZZ=<runs>): random programs from the subset, run by python3 (CPython 3.11)
// and by the simulator's 3.11 profile; outputs must agree. Off by default because it spawns
// python3 per program; it finds mismatches on programs nobody wrote by hand.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCpythonAsync, type OracleResult } from "../scripts/oracles.mjs";
import { simulate } from "../src/index";
import { observed, sameResult } from "./corpus";
import { program } from "./gen/programs";

const runs = Number(process.env.HEAPWISE_FUZZ ?? 0);
const seed = Number(process.env.HEAPWISE_FUZZ_SEED ?? 1);

describe.skipIf(!runs)("random programs agree with python3", () => {
  it(`${runs} programs, seed ${seed}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), "heapwise-fuzz-"));
    const sources = fc.sample(program, { numRuns: runs, seed });
    const mismatches: { file: string; expected: OracleResult; actual: OracleResult }[] = [];
    for (const [i, src] of sources.entries()) {
      const file = join(dir, `fuzz_${i}.py`);
      writeFileSync(file, src);
      const expected = await runCpythonAsync(file);
      const actual = observed(simulate(src, { python: "3.11", trace: false }), "3.11");
      if (!sameResult(actual, expected)) mismatches.push({ file, expected, actual });
    }
    writeFileSync(join(dir, "mismatches.json"), JSON.stringify(mismatches, null, 2));
    expect(mismatches.map((m) => m.file), `details in ${dir}/mismatches.json`).toEqual([]);
  }, 600_000);
});
