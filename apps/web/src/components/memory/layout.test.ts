import { describe, expect, it } from "vitest";
import { bigState } from "./fixture.test-helper";
import { layoutMemory, OBJ_W } from "./layout";

describe("layoutMemory", () => {
  it("places every object and draws an arrow per reference", () => {
    const layout = layoutMemory(bigState(200));
    expect(layout.objects).toHaveLength(200);
    // 50 names + 199 list slots.
    expect(layout.arrows).toHaveLength(249);
    const xs = new Set(layout.objects.map((o) => o.x));
    expect(xs.size).toBe(3);
    // Objects in one column never overlap.
    for (const x of xs) {
      const col = layout.objects.filter((o) => o.x === x).sort((a, b) => a.y - b.y);
      col.slice(1).forEach((o, i) => expect(o.y).toBeGreaterThanOrEqual((col[i]?.y ?? 0) + (col[i]?.h ?? 0)));
    }
    expect(layout.width).toBeGreaterThan(3 * OBJ_W);
  });

  it("is stable: the same state lays out the same way", () => {
    expect(layoutMemory(bigState(30))).toEqual(layoutMemory(bigState(30)));
  });
});
