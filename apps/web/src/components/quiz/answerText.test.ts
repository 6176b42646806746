import { describe, expect, it } from "vitest";
import { describeAnswer } from "./answerText";

describe("describeAnswer", () => {
  it("words a when-freed key with its execution and mechanism", () => {
    expect(describeAnswer("when-freed", { freed: "line", line: 7, execution: 1 })).toEqual({ lines: ["line 7 (1st execution), by reference counting"] });
    expect(describeAnswer("when-freed", { freed: "gc", line: 9, execution: 2 })).toEqual({ lines: ["line 9 (2nd execution), by the cyclic collector"] });
    expect(describeAnswer("when-freed", { freed: "never" })).toEqual({ lines: ["not freed before the program ends"] });
  });

  it("lists a refcount with its referrers, and only the count when none were sent", () => {
    expect(describeAnswer("refcount", { count: 3, referrers: ["data", "holder", "refs[0]"] })).toEqual({ lines: ["count: 3, referrers: data, holder, refs[0]"] });
    expect(describeAnswer("refcount", { count: 5 })).toEqual({ lines: ["count: 5"] });
  });

  it("tables where-lives places with the items' own wording, and marks unanswered ones", () => {
    const view = { items: [{ id: "i1", ask: "name" as const, name: "items", frame: "make" }, { id: "i2", ask: "value" as const, name: "items" }] };
    expect(describeAnswer("where-lives", { places: { i1: { place: "frame", frame: "make" } } }, view)).toEqual({
      table: [["the name items (in make())", "Frame of make()"], ["the value of items", "no answer"]],
    });
  });

  it("reads the grader's text shorthand for places", () => {
    expect(describeAnswer("where-lives", { places: { x: "global", y: "frame:add" } })).toEqual({ table: [["x", "Global frame (module namespace)"], ["y", "Frame of add()"]] });
  });

  it("splits alive items into alive and not alive by label", () => {
    const view = { items: [{ id: "i1", label: "[1, 2]" }, { id: "i2", label: "[3, 4]" }] };
    expect(describeAnswer("alive", { alive: ["i1"] }, view)).toEqual({ lines: ["Alive: [1, 2]", "Not alive: [3, 4]"] });
  });

  it("words identity answers with the widget's choices, naming items by id without a view", () => {
    expect(describeAnswer("identity", { answers: { ab: "same" } })).toEqual({ table: [["ab", "the same object (is)"]] });
  });

  it("draws a memory graph as one line per frame and object, from key or student shape", () => {
    const key = { frames: [{ function: "<module>", bindings: [{ name: "xs", target: "o1" }] }], objects: [{ id: "o1", type: "list", refs: [{ label: "[0]", target: "o2" }] }, { id: "o2", type: "int", value: "1", refs: [] }] };
    expect(describeAnswer("draw-memory", key)).toEqual({ lines: ["Global frame: xs refers to o1 (list)", "o1 (list): [0] refers to o2 (int)", "o2 (int 1)"] });
    const drawn = { frames: [{ id: "f", function: "f", names: [{ name: "n", target: null, value: "5" }] }], objects: [] };
    expect(describeAnswer("draw-memory", drawn)).toEqual({ lines: ["Frame of f(): n holds 5"] });
  });
});
