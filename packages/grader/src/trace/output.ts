// Splits a run's stdout into lines and records, for each line, the step that printed it and whether
// a finalizer (__del__, or interpreter shutdown) printed it: that is what makes freeing order visible.
import { type RunResult, type Trace } from "@heapwise/simulator";

export interface OutputLine {
  text: string;
  /** The step just after the line that printed it (its state shows the output). */
  step: number | null;
  /** 1-based source line whose execution printed it; 0 at interpreter shutdown. */
  sourceLine: number;
  finalizer: boolean;
  shutdown: boolean;
}

export function splitOutput(text: string): string[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map((l) => l.replace(/\s+$/, ""));
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

export function outputLines(run: RunResult, trace: Trace): OutputLine[] {
  // Attribute every character of stdout to the step that was running when it was written.
  const owner: { step: number | null; line: number; fin: boolean }[] = [];
  let written = 0;
  for (let i = 1; i < trace.stepCount; i++) {
    const len = trace.step(i).outputLength;
    if (len <= written) continue;
    const prev = trace.step(i - 1);
    const fin = prev.functionName === "__del__";
    // A finalizer's output is attributed to the program line whose execution freed the object.
    const line = fin ? ([...trace.stateAt(i - 1).frames].reverse().find((f) => f.functionName !== "__del__")?.line ?? prev.line) : prev.line;
    for (; written < len; written++) owner.push({ step: i, line, fin });
  }
  const stdout = run.stdout.replace(/\r\n?/g, "\n");
  const out: OutputLine[] = [];
  let offset = 0;
  for (const raw of stdout.split("\n")) {
    const o = owner[offset];
    const shutdown = offset >= run.shutdownOutputStart;
    out.push({ text: raw.replace(/\s+$/, ""), step: shutdown ? null : (o?.step ?? null), sourceLine: shutdown ? 0 : (o?.line ?? 0), finalizer: shutdown || (o?.fin ?? false), shutdown });
    offset += raw.length + 1;
  }
  while (out.length > 0 && out[out.length - 1]?.text === "") out.pop();
  return out;
}

/** Longest common subsequence of two line lists: pairs of matched indexes, in order. */
export function lcsPairs(a: string[], b: string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = dp[i] as number[];
      row[j] = a[i] === b[j] ? (dp[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(dp[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { pairs.push([i, j]); i++; j++; }
    else if ((dp[i + 1]?.[j] ?? 0) >= (dp[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}
