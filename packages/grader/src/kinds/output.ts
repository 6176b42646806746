// "What is printed": the whole stdout, including what __del__ prints (during the run and at
// shutdown). Partial credit is the share of lines in the right order (longest common subsequence).
import { z } from "zod";
import { lineText, type KindContext, type KindModule } from "./kind";
import { lcsPairs, outputLines, splitOutput, type OutputLine } from "../trace/output";
import { fail, ok, type GradePart } from "../types";

export interface OutputKey {
  lines: OutputLine[];
}

export const outputAnswerSchema = z.object({ output: z.string({ message: "output must be text" }).max(100_000) }).strict();
export type OutputAnswer = z.infer<typeof outputAnswerSchema>;

function detect(ctx: KindContext<"output">, key: OutputLine[], got: string[]): string[] {
  const found = new Set<string>();
  const keyTexts = key.map((l) => l.text);
  // Finalizer lines printed too late or too early reveal beliefs about when objects are freed.
  key.forEach((line, k) => {
    if (!line.finalizer) return;
    const s = got.indexOf(line.text);
    if (s < 0) {
      if (line.shutdown) found.add("no-finalize-at-exit");
      return;
    }
    const before = (idx: number, list: string[]): number => list.slice(0, idx).filter((t) => keyTexts.includes(t) && !key.find((x) => x.text === t)?.finalizer).length;
    const truth = before(k, keyTexts);
    const theirs = before(s, got);
    if (theirs > truth) found.add("gc-later");
    else if (theirs < truth) {
      const src = ctx.lines.join("\n");
      found.add(/^\s*del\s/m.test(src) ? "del-destroys" : /^\s*return\b/m.test(src) ? "return-frees" : "scope-end-frees");
    }
  });
  // A True/False swapped on a line that prints an `is` test.
  key.forEach((line, k) => {
    const theirs = got[k];
    if (!theirs || theirs === line.text || !/\bis\b/.test(lineText(ctx.lines, line.sourceLine))) return;
    if (line.text.includes("False") && theirs.includes("True")) found.add("is-equals");
    if (line.text.includes("True") && theirs.includes("False")) found.add("small-int-new");
  });
  return [...found];
}

export const outputKind: KindModule<"output", OutputKey, OutputAnswer> = {
  kind: "output",
  answerSchema: outputAnswerSchema,
  deriveKey(ctx) {
    const lines = outputLines(ctx.run, ctx.trace);
    if (lines.length === 0) return fail("program", "the program prints nothing, so there is no output to ask about");
    return ok({ lines });
  },
  studentItems: () => ({}),
  keyAnswer: (key) => ({ output: key.lines.map((l) => l.text).join("\n") + "\n" }),
  grade(ctx, key, answer) {
    const want = key.lines.map((l) => l.text);
    const got = splitOutput(answer.output);
    const pairs = lcsPairs(want, got);
    const total = Math.max(want.length, got.length);
    const matchedKey = new Set(pairs.map(([k]) => k));
    const matchedGot = new Set(pairs.map(([, g]) => g));
    const notes: string[] = [];
    const firstMissing = want.findIndex((_, i) => !matchedKey.has(i));
    if (firstMissing >= 0) {
      const l = key.lines[firstMissing] as OutputLine;
      const where = l.shutdown ? "at interpreter shutdown" : l.finalizer ? `by __del__ while line ${l.sourceLine} ran` : `by line ${l.sourceLine}`;
      notes.push(`Output line ${firstMissing + 1} should be "${l.text}" (printed ${where}).`);
    }
    const extra = got.filter((_, i) => !matchedGot.has(i));
    if (extra.length > 0) notes.push(`${extra.length} line(s) you wrote are not printed in that place, e.g. "${extra[0]}".`);
    const part: GradePart = {
      id: "output",
      score: pairs.length,
      max: total,
      feedback: pairs.length === total ? "The output is exactly right." : `${pairs.length} of ${total} lines are right and in order. ${notes.join(" ")}`,
    };
    const step = firstMissing >= 0 ? key.lines[firstMissing]?.step : undefined;
    if (step !== undefined && step !== null) part.step = step;
    return { parts: [part], misconceptions: pairs.length === total ? [] : detect(ctx, key.lines, got) };
  },
};
