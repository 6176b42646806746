import { describe, expect, it } from "vitest";
import { otherFeedback } from "./feedback";

describe("otherFeedback", () => {
  it("keeps the verdict, notes and instructor feedback, drops what parts and misconceptions already show", () => {
    const feedback = ["Not correct.", "The name x lives in add's frame.", "A note on the model.", "Names live on the heap? A name belongs to a frame.", "See lecture 3."].join("\n\n");
    const parts = [{ feedback: "The name x lives in add's frame." }, { feedback: "Right: y." }];
    expect(otherFeedback(feedback, parts, [{ title: "Names live on the heap" }])).toEqual(["Not correct.", "A note on the model.", "See lecture 3."]);
  });
});
