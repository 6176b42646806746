// `heapwise grade QUESTION.json ANSWER.json [--seed N]`: grades one answer file against one question
// file and prints the GradeResult as JSON. Exit 0 graded, 2 invalid files or usage.
// The answer file holds the answer itself, or {"seed": N, "answer": ...}.
import { readFileSync } from "node:fs";
import { grade, QuestionError } from "@heapwise/grader";

const USAGE = "usage: heapwise grade QUESTION.json ANSWER.json [--seed N]";

function readJson(path: string, what: string): { ok: true; value: unknown } | { ok: false; message: string } {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    return { ok: false, message: `cannot read ${what} file ${path}: ${(e as Error).message}` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, message: `${what} file ${path} is not valid JSON: ${(e as Error).message}` };
  }
}

function unwrap(answerFile: unknown): { answer: unknown; seed?: number } {
  if (answerFile && typeof answerFile === "object" && !Array.isArray(answerFile) && "answer" in answerFile) {
    const keys = Object.keys(answerFile);
    if (keys.every((k) => k === "answer" || k === "seed")) {
      const seed = (answerFile as { seed?: unknown }).seed;
      return { answer: (answerFile as { answer: unknown }).answer, ...(typeof seed === "number" ? { seed } : {}) };
    }
  }
  return { answer: answerFile };
}

export async function runGrade(args: string[]): Promise<number> {
  const seedAt = args.indexOf("--seed");
  const seedArg = seedAt >= 0 ? Number(args[seedAt + 1]) : undefined;
  const files = seedAt >= 0 ? args.filter((_, i) => i !== seedAt && i !== seedAt + 1) : args;
  if (files.length !== 2 || (seedArg !== undefined && !Number.isInteger(seedArg))) {
    console.error(USAGE);
    return 2;
  }
  const question = readJson(files[0] as string, "question");
  if (!question.ok) return fail(question.message);
  const answerFile = readJson(files[1] as string, "answer");
  if (!answerFile.ok) return fail(answerFile.message);
  const { answer, seed } = unwrap(answerFile.value);
  const chosenSeed = seedArg ?? seed;
  try {
    const result = grade(question.value, answer, chosenSeed === undefined ? {} : { seed: chosenSeed });
    if (result.malformed) return fail(`invalid answer file ${files[1]}:\n${result.malformed.map((e) => `  ${e.path}: ${e.message}`).join("\n")}`);
    console.log(JSON.stringify(result, null, 2));
    return 0;
  } catch (e) {
    if (e instanceof QuestionError) return fail(`invalid question file ${files[0]}:\n${e.errors.map((x) => `  ${x.path}: ${x.message}`).join("\n")}`);
    throw e;
  }
}

function fail(message: string): number {
  console.error(message);
  return 2;
}
