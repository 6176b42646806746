import { describe, expect, it } from "vitest";
import { fnv1a, rng, variantSeed } from "../src/variants/seed";
import { applyVariant, instantiate, substitute } from "../src/variants/template";
import { questionSchema } from "../src/question/schema";

const template = questionSchema.parse({
  formatVersion: 1,
  kind: "refcount",
  prompt: "How many references point to the list bound to {{a}}?",
  program: "{{a}} = [{{n}}]\n{{b}} = {{a}}\nc = 1\nd = 2\nprint({{b}})",
  at: { at: "after-line", line: 5 },
  object: { created: { line: 1, type: "list" } },
  template: {
    params: { a: { type: "name", choices: ["xs", "ys", "zs"] }, b: { type: "name", choices: ["xs", "ys", "zs"] }, n: { type: "int", min: 300, max: 900 } },
    shuffle: [[3, 4]],
  },
});

describe("variantSeed", () => {
  it("is a stable FNV-1a hash of (question version, user, attempt)", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(variantSeed("qv1", "u1", 1)).toBe(variantSeed("qv1", "u1", 1));
    expect(variantSeed("qv1", "u1", 1)).not.toBe(variantSeed("qv1", "u1", 2));
    expect(variantSeed("qv1", "u1", 1)).not.toBe(variantSeed("qv1", "u2", 1));
  });
});

describe("rng", () => {
  it("replays the same sequence for the same seed", () => {
    const a = rng(42);
    const b = rng(42);
    const xs = Array.from({ length: 20 }, () => a.int(0, 9));
    expect(Array.from({ length: 20 }, () => b.int(0, 9))).toEqual(xs);
    expect(new Set(xs).size).toBeGreaterThan(3);
  });
  it("shuffles into a permutation", () => {
    expect(rng(7).shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("instantiate", () => {
  it("gives the default variant without a seed", () => {
    const v = instantiate(template, null);
    expect(v.program).toBe("xs = [300]\nxs = xs\nc = 1\nd = 2\nprint(xs)");
  });
  it("is deterministic and keeps two name parameters distinct", () => {
    for (let seed = 0; seed < 30; seed++) {
      const v = instantiate(template, seed);
      expect(instantiate(template, seed)).toEqual(v);
      expect(v.values.a).not.toBe(v.values.b);
      expect(Number(v.values.n)).toBeGreaterThanOrEqual(300);
      expect(Number(v.values.n)).toBeLessThanOrEqual(900);
    }
  });
  it("permutes shuffle groups and renumbers the lines targets use", () => {
    const orders = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      const v = instantiate(template, seed);
      const lines = v.program.split("\n");
      orders.add(lines.slice(2, 4).join("|"));
      expect(lines[(v.lineMap.get(3) as number) - 1]).toBe("c = 1");
      expect(lines[(v.lineMap.get(4) as number) - 1]).toBe("d = 2");
      const q = applyVariant(template, v);
      expect(q.prompt).toContain(String(v.values.a));
      expect(q.program).toBe(v.program);
    }
    expect(orders.size).toBe(2);
  });
  it("substitutes only declared placeholders", () => {
    expect(substitute("{{a}} {{ b }} {{c}}", { a: 1, b: "x" })).toBe("1 x {{c}}");
  });
});
