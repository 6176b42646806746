import { describe, expect, it } from "vitest";
import { cleanDraft, newDraft, withKind } from "./draft";
import { routeNameClick, routeObjectClick } from "./targetRouting";

describe("question drafts", () => {
  it("switching kind keeps the shared fields and adds the new kind's target", () => {
    const d = { ...newDraft("output"), title: "T", program: "x = 1\n", tags: ["a"] };
    const r = withKind(d, "refcount");
    expect(r).toMatchObject({ kind: "refcount", title: "T", program: "x = 1\n", tags: ["a"], at: { at: "end" }, askReferrers: false });
    expect(r.object).toBeDefined();
    expect(withKind(r, "output")).not.toHaveProperty("at");
  });

  it("drops empty optional text before the grader sees it", () => {
    const d = cleanDraft({ ...newDraft("output"), title: "  ", feedback: "" });
    expect(d).not.toHaveProperty("title");
    expect(d).not.toHaveProperty("feedback");
  });

  it("a click on a name adds a where-lives item, fills identity pairs, sets a refcount target", () => {
    const where = routeNameClick(withKind(newDraft(), "where-lives"), "make", "items");
    expect(where.items).toEqual([{ id: "i1", ask: "value", name: "items", frame: "make" }]);
    const id1 = routeNameClick(withKind(newDraft(), "identity"), "<module>", "xs");
    const id2 = routeNameClick(id1, "<module>", "ys");
    expect(id2.items).toEqual([{ id: "i1", ask: "relation", a: "xs", b: "ys" }]);
    expect(routeNameClick(withKind(newDraft(), "identity"), "make", "items").items).toEqual([{ id: "i1", ask: "relation", a: "items", b: "", frame: "make" }]);
    expect(routeNameClick(newDraft("refcount"), "<module>", "ys").object).toEqual({ name: "ys", frame: "<module>" });
  });

  it("a click on an object lists it for alive questions and targets it for when-freed", () => {
    const ref = { created: { line: 2, allocation: 1, type: "list" } };
    const alive = routeObjectClick(withKind(newDraft(), "alive"), ref, "[1, 2]");
    expect(alive.items).toEqual([{ id: "i1", label: "[1, 2]", object: ref }]);
    expect(routeObjectClick(withKind(newDraft(), "when-freed"), ref, "[1, 2]").object).toEqual(ref);
    expect(routeObjectClick(newDraft("output"), ref, "x")).toEqual(newDraft("output"));
  });
});
