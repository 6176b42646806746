// Benchmark: how long the memory diagram takes to lay out and render a 200-object heap for a new
// step (issue 5's target: a step change under 16 ms, one 60 Hz frame). Reports figures; it
// asserts nothing, because timings on a shared 2-core machine swing too much to gate CI on.
//   pnpm --filter @heapwise/web bench
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { bigState, fixtureTrace } from "../src/components/memory/fixture.test-helper";
import { layoutMemory } from "../src/components/memory/layout";
import { MemoryView } from "../src/components/memory/MemoryView";

const OBJECTS = 200;
const RUNS = 40;

function stats(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms`;
}

function time(run: (i: number) => void): number[] {
  run(0); // warm-up: JIT and React's first render
  return Array.from({ length: RUNS }, (_, i) => {
    const start = performance.now();
    run(i + 1);
    return performance.now() - start;
  });
}

const state = bigState(OBJECTS);
const trace = fixtureTrace(OBJECTS, RUNS + 1);
console.log(`layout of ${OBJECTS} objects:                ${stats(time(() => layoutMemory(state)))}`);
// A whole render from scratch each step: the worst case (in the browser React re-renders only the
// cards that changed; the e2e step-timing spec prints that figure).
console.log(`full render of a step, ${OBJECTS} objects:   ${stats(time((i) => renderToStaticMarkup(createElement(MemoryView, { trace, step: i }))))}`);
console.log("target: a step change under 16 ms");
