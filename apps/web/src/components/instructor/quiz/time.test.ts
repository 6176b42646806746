import { describe, expect, it } from "vitest";
import { fromLocalInput, toLocalInput } from "./time";

describe("datetime-local conversion", () => {
  it("round-trips a local minute", () => {
    const d = new Date(2026, 10, 25, 9, 5);
    expect(toLocalInput(d)).toBe("2026-11-25T09:05");
    expect(fromLocalInput(toLocalInput(d))?.getTime()).toBe(d.getTime());
  });
  it("treats empty and invalid input as no time", () => {
    expect(fromLocalInput("")).toBeNull();
    expect(fromLocalInput("not a date")).toBeNull();
    expect(toLocalInput(null)).toBe("");
  });
});
