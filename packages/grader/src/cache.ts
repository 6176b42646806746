// Simulation is the expensive part of grading; the same program is graded many times (every student
// of a quiz), so runs are cached by (program, python) and prepared questions by (definition, seed).
import { simulate, type PythonVersion, type RunResult } from "@heapwise/simulator";

class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
  }
  clear(): void {
    this.map.clear();
  }
}

const runs = new Lru<RunResult>(256);
export const preparedCache = new Lru<unknown>(1024);

/** Teaching-scale limits: a question program that needs more is not a good question. */
const LIMITS = { maxSteps: 200_000, maxObjects: 50_000, maxOutputChars: 100_000 };

export function runCached(program: string, python: PythonVersion): RunResult {
  const key = `${python}\u0000${program}`;
  const hit = runs.get(key);
  if (hit) return hit;
  const run = safeSimulate(program, python);
  runs.set(key, run);
  return run;
}

/** simulate() promises never to throw; if it ever does, the question is reported invalid instead of crashing the caller. */
function safeSimulate(program: string, python: PythonVersion): RunResult {
  try {
    return simulate(program, { python, trace: true, ...LIMITS });
  } catch (e) {
    const message = `internal simulator error: ${(e as Error).message}`;
    return { stdout: "", stderr: message, shutdownOutputStart: 0, exitCode: 2, error: { type: "NotSupported", message, line: 0 }, trace: null };
  }
}

export function clearCaches(): void {
  runs.clear();
  preparedCache.clear();
}
