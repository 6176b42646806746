import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { fixtureTrace } from "./fixture.test-helper";
import { MemoryTable } from "./MemoryTable";
import { MemoryView } from "./MemoryView";

describe("MemoryView", () => {
  it("draws frames, objects with refcounts, arrows and the text table", () => {
    const html = renderToStaticMarkup(<MemoryView trace={fixtureTrace(5, 3)} step={1} />);
    expect(html).toContain("global frame");
    expect(html).toContain("rc 2");
    expect((html.match(/class="obj-card/g) ?? []).length).toBe(5);
    expect((html.match(/class="arrow/g) ?? []).length).toBe(5 + 4);
    expect(html).toContain("Memory as a table (text alternative)");
    expect(renderToStaticMarkup(<MemoryTable state={fixtureTrace(5, 3).stateAt(1)} />)).toContain("Heap objects");
  });
});
