"use client";
// Runs the program in the browser simulator as the instructor types, debounced so a burst of
// keystrokes costs one run. The simulator is imported lazily: only the authoring page needs it.
import { useEffect, useState } from "react";
import type { PythonVersion, RunResult } from "@heapwise/simulator";

export interface Simulation {
  result: RunResult | null;
  running: boolean;
}

export function useSimulation(source: string, python: PythonVersion | undefined, delayMs = 350): Simulation {
  const [result, setResult] = useState<RunResult | null>(null);
  const [running, setRunning] = useState(false);
  useEffect(() => {
    let cancelled = false;
    setRunning(true);
    const timer = setTimeout(() => {
      void import("@heapwise/simulator").then(({ simulate }) => {
        if (cancelled) return;
        // Lower limits than a grading run: authoring needs a quick answer, not a 1M-step trace.
        const run = simulate(source, { python, maxSteps: 200_000 });
        if (!cancelled) {
          setResult(run);
          setRunning(false);
        }
      });
    }, delayMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [source, python, delayMs]);
  return { result, running };
}
