// Small pure helpers the kinds rely on.
import { describe, expect, it } from "vitest";
import { enclosingLoop, lineFlavor } from "../src/kinds/kind";
import { lcsPairs, splitOutput } from "../src/trace/output";
import { ordinal, describePoint } from "../src/trace/points";
import { parsePath } from "../src/trace/paths";
import { frameName, normalizeValue } from "../src/graph/types";

describe("helpers", () => {
  it("lcsPairs finds the longest common subsequence of lines", () => {
    expect(lcsPairs(["a", "b", "c", "d"], ["a", "c", "x", "d"])).toEqual([[0, 0], [2, 1], [3, 3]]);
    expect(lcsPairs([], ["a"])).toEqual([]);
  });
  it("splitOutput drops trailing blanks and CRs", () => {
    expect(splitOutput("a  \r\nb\n\n")).toEqual(["a", "b"]);
  });
  it("lineFlavor and enclosingLoop classify source lines", () => {
    const lines = ["for i in range(3):", "    x = [i]", "    del x", "xs.pop()", "def f():", "    return 1"];
    expect(enclosingLoop(lines, 2)).toBe(1);
    expect(enclosingLoop(lines, 4)).toBeNull();
    expect([...lineFlavor(lines, 3)]).toEqual(["del-name"]);
    expect([...lineFlavor(lines, 4)]).toEqual(["remove"]);
    expect([...lineFlavor(lines, 6)]).toEqual(["return"]);
    expect(lineFlavor(lines, 1).has("loop")).toBe(true);
  });
  it("ordinals and point wording", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map(ordinal)).toEqual(["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd"]);
    expect(describePoint({ at: "after-line", line: 7, execution: 2 })).toBe("after line 7 runs for the 2nd time");
    expect(describePoint({ at: "return", function: "f", call: 1 })).toBe("when f returns");
  });
  it("parsePath reads names with [index] and .attr parts", () => {
    expect(parsePath("d[0].next")).toEqual({ root: "d", steps: ["[0]", ".next"] });
    expect(parsePath('h["k"]')).toEqual({ root: "h", steps: ["['k']"] });
    expect(parsePath("a + b")).toBeNull();
  });
  it("frame names and values are normalised", () => {
    expect(frameName("Global frame")).toBe("<module>");
    expect(frameName("grow")).toBe("grow");
    expect(normalizeValue(' "a" ')).toBe("'a'");
  });
});
