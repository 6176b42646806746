import { describe, expect, it } from "vitest";
import { parseShuffle, rowsToTemplate, templateToRows } from "./template";

describe("template rows", () => {
  it("turn into the question file's template and back", () => {
    const rows = {
      params: [
        { name: "a", type: "name" as const, choices: "xs, nums", min: "", max: "" },
        { name: "k", type: "int" as const, choices: "", min: "1", max: "3" },
        { name: "v", type: "choice" as const, choices: "10, 'x'", min: "", max: "" },
      ],
      shuffle: "3 4; 6,7",
    };
    const t = rowsToTemplate(rows);
    expect(t).toEqual({
      params: { a: { type: "name", choices: ["xs", "nums"] }, k: { type: "int", min: 1, max: 3 }, v: { type: "choice", choices: [10, "'x'"] } },
      shuffle: [[3, 4], [6, 7]],
    });
    expect(rowsToTemplate(templateToRows(t))).toEqual(t);
  });

  it("no parameters and no shuffle means no template; unnamed rows are ignored", () => {
    expect(rowsToTemplate({ params: [{ name: " ", type: "name", choices: "x", min: "", max: "" }], shuffle: " " })).toBeUndefined();
    expect(parseShuffle("2 x 3;;")).toEqual([[2, 3]]);
  });
});
