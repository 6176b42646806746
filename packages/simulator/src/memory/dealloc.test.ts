// Deep chains are freed depth-first without JS recursion (memory/heap.ts), in each profile's order.
import { describe, expect, it } from "vitest";
import { run } from "../test-helpers";

const CHAIN = (n: number) => `freed = []
class Leaf:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        freed.append(self.i)
head = None
for i in range(${n}):
    head = [Leaf(i), head]
head = None
runs = 1
for a, b in zip(freed, freed[1:]):
    if b != a + 1:
        runs += 1
print(len(freed), freed[0], freed[-1], runs)
`;

describe("freeing deep chains", () => {
  it("3.14 frees a 20,000-level chain in plain depth-first order, with no JS stack limit", () => {
    const r = run(CHAIN(20_000), "3.14");
    expect(r.error).toBeNull();
    expect(r.stdout).toBe("20000 0 19999 1\n");
  });

  it("3.11's trashcan frees it in blocks of 50 deferred levels", () => {
    const r = run(CHAIN(20_000), "3.11");
    expect(r.error).toBeNull();
    expect(r.stdout).toBe("20000 19951 6 817\n"); // as python3 3.11.7 prints
  });

  it("a traced run of a deep chain keeps its trace", () => {
    const r = run(CHAIN(3_000), "3.14", true);
    expect(r.error).toBeNull();
    expect(r.trace!.objects().filter((o) => o.type === "Leaf" && o.freed?.reason === "refcount").length).toBe(3000);
  });
});
