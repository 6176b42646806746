// Rule 5 and the other version differences live in the profile.
import { describe, expect, it } from "vitest";
import { lines, T_CLASS } from "../test-helpers";
import { profileFor } from "./profile";

const FRAME = T_CLASS + 'def f():\n    a = T("a")\n    b = T("b")\n    c = T("c")\nf()\nprint("end")\n';

describe("version profiles", () => {
  it("3.14 is the default", () => {
    expect(profileFor(undefined).version).toBe("3.14");
  });

  it("rule 5: 3.11 releases a frame's locals first to last", () => {
    expect(lines(FRAME, "3.11")).toEqual(["del a", "del b", "del c", "end"]);
  });

  it("rule 5: 3.14 releases a frame's locals last to first", () => {
    expect(lines(FRAME, "3.14")).toEqual(["del c", "del b", "del a", "end"]);
  });

  it("rule 6: 3.13+ releases an instance's static attributes (self.X in its methods) in sorted order", () => {
    const src = T_CLASS + 'class N:\n    def __init__(self, v, nxt):\n        self.value = T(v)\n        self.next = nxt\nn = N("a", N("b", None))\ndel n\n';
    expect(lines(src, "3.11")).toEqual(["del a", "del b"]);
    expect(lines(src, "3.14")).toEqual(["del b", "del a"]);
  });

  it("rule 3: 3.13+ releases a builtin call's arguments last to first, and the right operand of == first", () => {
    const call = T_CLASS + 'print(T("a").n, T("b").n, len([T("c"), T("d")]))\nx = [T("e")].count(T("f"))\n';
    expect(lines(call, "3.11")).toEqual(["del a", "del b", "del d", "del c", "a b 2", "del e", "del f"]);
    expect(lines(call, "3.14")).toEqual(["del a", "del b", "del d", "del c", "a b 2", "del f", "del e"]);
    const cmp = T_CLASS + 'x = T("g") is T("h")\n';
    expect(lines(cmp, "3.11")).toEqual(["del g", "del h"]);
    expect(lines(cmp, "3.14")).toEqual(["del h", "del g"]);
  });

  it("error messages follow the version", () => {
    const src = "try:\n    1 % 0\nexcept ZeroDivisionError as e:\n    print(e)\n";
    expect(lines(src, "3.11")).toEqual(["integer modulo by zero"]);
    expect(lines(src, "3.14")).toEqual(["division by zero"]);
  });
});
