import { describe, expect, it } from "vitest";
import { errorsOf, expectFull, expectMalformed, expectPartial, expectZero, keyAnswer, question } from "../helpers";

const PROGRAM = `def grow(xs, item):
    xs.append(item)
    return len(xs)

nums = [10, 20]
grow(nums, 300)
print(nums)
`;
const q = question("draw-memory", PROGRAM, { at: { at: "return", function: "grow" } });

const right = {
  frames: [
    { function: "Global frame", bindings: [{ name: "nums", target: "L" }, { name: "grow", target: "F" }] },
    { function: "grow", bindings: [{ name: "xs", target: "L" }, { name: "item", target: "big" }] },
  ],
  objects: [
    { id: "L", type: "list", refs: [{ label: "[0]", target: "ten" }, { label: "[1]", target: "twenty" }, { label: "[2]", target: "big" }] },
    { id: "ten", type: "int", value: "10" },
    { id: "twenty", type: "int", value: "20" },
    { id: "big", type: "int", value: "300" },
  ],
};

describe("draw-memory", () => {
  it("the key is the diagram at the point (def names left out)", () => {
    const key = keyAnswer(q) as typeof right;
    expect(key.frames.map((f) => f.function)).toEqual(["<module>", "grow"]);
    expect(key.frames[0]?.bindings.map((b) => b.name)).toEqual(["nums"]);
    expect(key.objects).toHaveLength(4);
    expectFull(q);
  });
  it("right under renaming, with the UI's frame shape", () => {
    expectFull(q, right);
    expectFull(q, { ...right, frames: right.frames.map((f, i) => ({ id: `f${i}`, function: f.function, names: f.bindings })) });
  });
  it("arg-copies when the parameter gets its own list", () => {
    const copy = {
      frames: [right.frames[0], { function: "grow", bindings: [{ name: "xs", target: "L2" }, { name: "item", target: "big" }] }],
      objects: [...right.objects, { id: "L2", type: "list", refs: [{ label: "[2]", target: "big" }] }],
    };
    const r = expectPartial(q, copy);
    expect(r.misconceptions).toContain("arg-copies");
    expect(r.parts.map((p) => p.id)).toEqual(["frames", "bindings", "objects", "arrows"]);
  });
  it("value-on-stack when ints are drawn in the frame", () => {
    const inline = { ...right, frames: [right.frames[0], { function: "grow", bindings: [{ name: "xs", target: "L" }, { name: "item", value: "300" }] }] };
    expect(expectPartial(q, inline).misconceptions).toContain("value-on-stack");
  });
  it("an empty drawing scores zero", () => {
    expectZero(q, { frames: [], objects: [] });
  });
  it("malformed", () => {
    expectMalformed(q, { frames: "none" });
    expectMalformed(q, { frames: [{ function: "f", bindings: [{ target: "x" }] }], objects: [] });
  });

  const LINKED = `class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next

head = Node(1, None)
head = Node(2, head)
second = head.next
`;
  it("simplified model: values inline, and the feedback says what CPython does", () => {
    const sq = question("draw-memory", LINKED, { at: { at: "end" }, memoryModel: "simplified" });
    const drawing = {
      frames: [{ function: "<module>", bindings: [{ name: "head", target: "A" }, { name: "second", target: "B" }] }],
      objects: [
        { id: "A", type: "Node", refs: [{ label: ".value", value: "2" }, { label: ".next", target: "B" }] },
        { id: "B", type: "Node", refs: [{ label: ".value", value: "1" }, { label: ".next", value: "None" }] },
      ],
    };
    const r = expectFull(sq, drawing);
    expect(r.feedback).toContain("CPython really stores each of them as an object on the heap");
    const boxed = {
      frames: drawing.frames,
      objects: [
        { id: "A", type: "Node", refs: [{ label: ".value", target: "two" }, { label: ".next", target: "B" }] },
        { id: "B", type: "Node", refs: [{ label: ".value", target: "one" }, { label: ".next", target: "none" }] },
        { id: "one", type: "int", value: "1" },
        { id: "two", type: "int", value: "2" },
        { id: "none", type: "NoneType", value: "None" },
      ],
    };
    expectFull(sq, boxed);
    const swapped = { ...drawing, frames: [{ function: "<module>", bindings: [{ name: "head", target: "B" }, { name: "second", target: "A" }] }] };
    expect(expectPartial(sq, swapped).score).toBeLessThan(0.8);
  });
  it("validation: nearly empty memory", () => {
    expect(errorsOf(question("draw-memory", "import gc\nprint(1)\n", { at: { at: "after-line", line: 1 } }))).toContain("almost nothing");
    expect(errorsOf(question("draw-memory", "xs = [[i] for i in range(300)]\n", { at: { at: "end" } }))).toContain("at most 80");
  });
});
