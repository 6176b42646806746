import { describe, expect, it } from "vitest";
import { enclosingFunction } from "./enclosingFunction";

const program = ["def outer(xs):", "    def inner():", "        return 1", "    total = 0", "", "    return total", "if True:", "    y = outer([])", "def last():", "    pass"].join("\n");

describe("enclosingFunction", () => {
  it("names the function a def line opens", () => {
    expect(enclosingFunction(program, 1)).toBe("outer");
    expect(enclosingFunction(program, 2)).toBe("inner");
  });
  it("finds the innermost function around a body line, past blank lines", () => {
    expect(enclosingFunction(program, 3)).toBe("inner");
    expect(enclosingFunction(program, 4)).toBe("outer");
    expect(enclosingFunction(program, 6)).toBe("outer");
  });
  it("does not reach a function above through a module-level block", () => {
    expect(enclosingFunction(program, 8)).toBeNull();
    expect(enclosingFunction(program, 7)).toBeNull();
    expect(enclosingFunction(program, 99)).toBeNull();
  });
});
