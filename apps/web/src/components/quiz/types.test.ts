import { describe, expect, it } from "vitest";
import { cleanDrawing, describePoint, functionsIn, ordinal, toStudentView } from "./types";

describe("toStudentView", () => {
  it("flattens the grader's nested kind fields", () => {
    const v = toStudentView({ kind: "alive", prompt: "p", program: "x = 1\n", items: { items: [{ id: "a", label: "A" }] } });
    expect(v.items).toEqual([{ id: "a", label: "A" }]);
    const r = toStudentView({ kind: "refcount", prompt: "p", program: "", items: { object: "the list", askReferrers: true } });
    expect(r.object).toBe("the list");
    expect(r.askReferrers).toBe(true);
    expect(r.items).toBeUndefined();
  });
});

describe("cleanDrawing", () => {
  it("drops half-filled rows the grader would reject", () => {
    const cleaned = cleanDrawing({
      frames: [
        { id: "f1", function: "<module>", names: [{ name: " xs ", target: "o1" }, { name: "", target: null }] },
        { id: "f2", function: "", names: [] },
      ],
      objects: [{ id: "o1", type: "", value: " ", refs: [{ label: "", target: "o1" }] }],
    });
    expect(cleaned.frames).toHaveLength(1);
    expect(cleaned.frames[0]?.names).toEqual([{ name: "xs", target: "o1" }]);
    expect(cleaned.objects[0]).toMatchObject({ type: "object", refs: [] });
    expect(cleaned.objects[0]?.value).toBeUndefined();
  });
});

describe("small helpers", () => {
  it("finds the functions a name can live in", () => {
    expect(functionsIn("def f():\n    def g():\n        pass\nasync def h(): pass\nf()\n")).toEqual(["f", "g", "h"]);
  });
  it("words points in time", () => {
    expect(describePoint({ at: "after-line", line: 3, execution: 2 })).toBe("right after line 3 runs for the 2nd time");
    expect(describePoint({ at: "return", function: "f" })).toBe("when f() returns");
    expect(describePoint(undefined)).toBeNull();
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map(ordinal)).toEqual(["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd"]);
  });
});
