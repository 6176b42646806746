// The CLI's grade command (apps/cli/src/commands/grade.ts, owned by the grader): prints the
// GradeResult as JSON, exits 2 with a clear message on invalid files.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runGrade } from "../../../apps/cli/src/commands/grade";
import { BANK } from "./bank";

const dir = mkdtempSync(join(tmpdir(), "heapwise-grade-"));
const file = (name: string, content: string): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, "log").mockImplementation((s: string) => void out.push(s));
  vi.spyOn(console, "error").mockImplementation((s: string) => void err.push(s));
  return { out, err };
}

afterEach(() => vi.restoreAllMocks());

describe("heapwise grade", () => {
  const question = join(BANK, "questions/output-del-order.json");

  it("prints the GradeResult as JSON", async () => {
    const io = capture();
    expect(await runGrade([question, join(BANK, "answers/output-del-order.right.json")])).toBe(0);
    const result = JSON.parse(io.out.join("\n")) as { score: number; maxScore: number };
    expect(result.score).toBe(result.maxScore);
  });

  it("reads {seed, answer} files", async () => {
    const io = capture();
    const answer = file("wrapped.json", JSON.stringify({ seed: 5, answer: { output: "nothing" } }));
    expect(await runGrade([question, answer])).toBe(0);
    expect(JSON.parse(io.out.join("\n"))).toMatchObject({ score: 0 });
  });

  it("exits 2 on unreadable, non-JSON or invalid files", async () => {
    const io = capture();
    expect(await runGrade([question])).toBe(2);
    expect(await runGrade([join(dir, "missing.json"), question])).toBe(2);
    expect(await runGrade([file("bad.json", "{nope"), question])).toBe(2);
    expect(await runGrade([file("q.json", JSON.stringify({ formatVersion: 1, kind: "output" })), question])).toBe(2);
    expect(await runGrade([question, file("a.json", JSON.stringify({ output: 3 }))])).toBe(2);
    expect(io.err.join("\n")).toMatch(/cannot read question file/);
    expect(io.err.join("\n")).toMatch(/not valid JSON/);
    expect(io.err.join("\n")).toMatch(/invalid question file[\s\S]*prompt/);
    expect(io.err.join("\n")).toMatch(/invalid answer file[\s\S]*answer.output/);
    expect(io.out).toEqual([]);
  });
});
