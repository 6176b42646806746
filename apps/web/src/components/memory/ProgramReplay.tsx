"use client";
import type { PythonVersion, RunResult } from "@heapwise/simulator";
import { useEffect, useState } from "react";
import { Replay } from "./Replay";

/**
 * Simulates a program in the browser (the simulator chunk loads on demand) and replays it.
 * The simulator is deterministic, so the steps match the ones the server graded against.
 */
export function ProgramReplay({ program, python, initialStep = 0, title }: { program: string; python?: PythonVersion; initialStep?: number; title?: string }) {
  const [result, setResult] = useState<RunResult | null>(null);
  useEffect(() => {
    let cancelled = false;
    void import("@heapwise/simulator").then(({ simulate }) => {
      const r = simulate(program, python ? { python } : undefined);
      if (!cancelled) setResult(r);
    });
    return () => {
      cancelled = true;
    };
  }, [program, python]);
  if (!result) return <p className="muted">Preparing the replay…</p>;
  if (!result.trace) return <p className="error">The program could not be replayed: {result.error?.message}</p>;
  return <Replay trace={result.trace} initialStep={initialStep} title={title} messages={result.error ? [{ line: result.error.line, message: result.error.message }] : undefined} />;
}
