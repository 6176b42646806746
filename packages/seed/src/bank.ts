import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { questionSchema, type Question } from "@heapwise/grader";

export interface BankQuestion {
  /** File name without .json: the stable part of the seeded question's id. */
  slug: string;
  definition: Question;
  /** The JSON as written in the bank, stored as the question version's definition. */
  raw: unknown;
}

/** The grader's question bank (packages/grader/bank/questions), owned by the grader package. */
export const BANK_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "grader", "bank", "questions");

/** Every bank question, sorted by file name; a file the grader's schema rejects is an error. */
export function loadBank(dir: string = BANK_DIR): BankQuestion[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const raw: unknown = JSON.parse(readFileSync(join(dir, file), "utf8"));
      const parsed = questionSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`bank question ${file} is invalid: ${parsed.error.message}`);
      return { slug: basename(file, ".json"), definition: parsed.data, raw };
    });
}

/** Picks, for each kind in order, the next bank question of that kind not used yet. */
export function pickByKind(bank: BankQuestion[], kinds: string[]): BankQuestion[] {
  const used = new Set<string>();
  const picked: BankQuestion[] = [];
  for (const kind of kinds) {
    const candidates = bank.filter((q) => q.definition.kind === kind);
    const next = candidates.find((q) => !used.has(q.slug)) ?? candidates[0];
    if (!next || used.has(next.slug)) continue;
    used.add(next.slug);
    picked.push(next);
  }
  return picked;
}
