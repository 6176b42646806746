// Shared helpers for the unit tests: a class whose __del__ prints, and a runner.
import { simulate } from "./run";
import { type PythonVersion, type RunResult } from "./trace/types";

export const T_CLASS = `class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
`;

export function run(src: string, python: PythonVersion = "3.11", trace = false): RunResult {
  return simulate(src, { python, trace });
}

/** stdout as a list of lines (without the trailing empty one). */
export function lines(src: string, python: PythonVersion = "3.11"): string[] {
  return run(src, python).stdout.split("\n").filter((l, i, a) => l !== "" || i < a.length - 1);
}
