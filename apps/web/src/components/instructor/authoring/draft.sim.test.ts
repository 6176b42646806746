// Uses the real simulator: a clicked object must become a reference the grader resolves to it.
import { simulate } from "@heapwise/simulator";
import { prepareQuestion } from "@heapwise/grader";
import { describe, expect, it } from "vitest";
import { freedText, listedObjects, objectLabel } from "./objectList";
import { defaultVariantProgram, newDraft, objectRefFromTrace, stepOfPoint, stepToShow, type Draft } from "./draft";

const PROGRAM = "xs = [1, 2, 3]\nys = xs\nzs = [xs, xs]\n";

describe("targets picked on the simulated run", () => {
  it("turns the list built on line 1 into {created: {line: 1, type: list}} and the grader keys it", () => {
    const trace = simulate(PROGRAM).trace;
    expect(trace).not.toBeNull();
    if (!trace) return;
    const list = trace.objects().find((o) => o.type === "list" && o.createdLine === 1);
    expect(list).toBeDefined();
    const ref = objectRefFromTrace(trace, list?.id ?? -1);
    expect(ref).toEqual({ created: { line: 1, allocation: 1, type: "list" } });
    const draft: Draft = { ...newDraft("refcount"), title: "t", program: PROGRAM, at: { at: "after-line", line: 3, execution: 1 }, object: ref ?? undefined };
    const prepared = prepareQuestion(draft);
    expect(prepared.ok && (prepared.key as { count: number }).count).toBe(4);
  });

  it("finds the step of a point like the grader and refuses cached objects", () => {
    const trace = simulate(PROGRAM).trace;
    if (!trace) throw new Error("no trace");
    expect(stepOfPoint(trace, { at: "after-line", line: 2, execution: 1 })).toBe(trace.stepAfterLine(2, 1));
    expect(stepOfPoint(trace, { at: "end" })).toBe(trace.stepCount - 1);
    // "end" is drawn where the module frame (and its clickable names) still shows, with the same objects.
    const shown = stepToShow(trace, { at: "end" }) ?? -1;
    expect(trace.stateAt(shown).frames.map((f) => f.functionName)).toEqual(["<module>"]);
    expect(trace.stateAt(shown).objects.map((o) => o.id)).toEqual(trace.stateAt(trace.stepCount - 1).objects.map((o) => o.id));
    const small = trace.objects().find((o) => o.immortal !== null);
    if (small) expect(objectRefFromTrace(trace, small.id)).toBeNull();
  });

  it("simulates a template's default variant", () => {
    const d: Draft = { ...newDraft("output"), program: "print({{n}} + 1)\n", template: { params: { n: { type: "int", min: 3, max: 9 } } } };
    expect(defaultVariantProgram(d)).toBe("print(3 + 1)\n");
    expect(simulate(defaultVariantProgram(d)).stdout).toBe("4\n");
  });

  it("lists the run's data objects with the line that frees each, named the way the grader finds them", () => {
    const trace = simulate("class Node:\n    pass\n\na = Node()\nb = a\ndel a\nb = None\nkeep = [1, 2]\n").trace;
    if (!trace) throw new Error("no trace");
    const listed = listedObjects(trace);
    expect(listed.map((o) => objectLabel(trace, o))).toEqual(["Node #1 from line 4", "list #1 from line 8"]);
    expect(listed.map(freedText)).toEqual(["on line 7 (execution 1)", "at program end"]);
  });
});
