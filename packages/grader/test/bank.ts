// Loads the example question bank (bank/questions) and its answers (bank/answers).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const BANK = join(import.meta.dirname, "../bank");

export function bankQuestions(): { name: string; json: unknown }[] {
  return readdirSync(join(BANK, "questions"))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ""), json: JSON.parse(readFileSync(join(BANK, "questions", f), "utf8")) as unknown }));
}

export function bankAnswer(name: string, flavour: "right" | "wrong"): unknown {
  const p = join(BANK, "answers", `${name}.${flavour}.json`);
  return existsSync(p) ? (JSON.parse(readFileSync(p, "utf8")) as unknown) : undefined;
}
