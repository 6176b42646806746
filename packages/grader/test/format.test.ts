// The file format: every bank question parses, survives a JSON round trip unchanged, and bad
// definitions are rejected with messages that name the field.
import { describe, expect, it } from "vitest";
import { KINDS, questionSchema } from "../src/question/schema";
import { parseQuestion } from "../src/prepare";
import { bankQuestions } from "./bank";

describe("question file format", () => {
  const bank = bankQuestions();

  it("the bank covers every kind", () => {
    const kinds = new Set(bank.map((b) => (b.json as { kind: string }).kind));
    for (const k of KINDS) expect(kinds, k).toContain(k);
  });

  it.each(bank.map((b) => [b.name, b.json] as const))("%s parses and round-trips", (_name, json) => {
    const parsed = parseQuestion(json);
    expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
    if (!parsed.ok) return;
    const again = questionSchema.parse(JSON.parse(JSON.stringify(parsed.value)));
    expect(again).toEqual(parsed.value);
  });

  const base = { formatVersion: 1, kind: "output", prompt: "What is printed?", program: "print(1)\n" };
  const errorFor = (q: unknown): string => {
    const r = parseQuestion(q);
    return r.ok ? "" : r.errors.map((e) => `${e.path}: ${e.message}`).join("\n");
  };

  it("fills defaults: python 3.14, CPython model, 1 point", () => {
    const r = parseQuestion(base);
    expect(r.ok && r.value).toMatchObject({ python: "3.14", memoryModel: "cpython", points: 1 });
  });

  it("rejects other format versions, unknown kinds and fields, bad lines", () => {
    expect(errorFor({ ...base, formatVersion: 2 })).toContain("version 1");
    expect(errorFor({ ...base, kind: "guess" })).toMatch(/kind/);
    expect(errorFor({ ...base, extra: 1 })).toMatch(/extra/);
    expect(errorFor({ ...base, kind: "alive", at: { at: "after-line", line: 0 }, items: [] })).toContain("line numbers start at 1");
    expect(errorFor({ ...base, kind: "alive", at: { at: "after-line", line: 9 }, items: [{ id: "a", label: "x", object: { name: "x" } }] })).toContain("past the end");
    expect(errorFor({ ...base, prompt: "" })).toContain("prompt: must not be empty");
  });

  it("checks templates: undeclared placeholders and bad shuffle groups", () => {
    expect(errorFor({ ...base, program: "print({{n}})" })).toContain("no parameter n");
    const shuffle = { ...base, program: "a = 1\nif a:\n    b = 2\n", template: { shuffle: [[1, 3]] } };
    expect(errorFor(shuffle)).toContain("same indentation");
    expect(errorFor({ ...base, program: "a = 1\nif a:\n  pass", template: { shuffle: [[1, 2]] } })).toContain("one-line statements");
  });
});
