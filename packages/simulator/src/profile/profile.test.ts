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

  it("error messages follow the version", () => {
    const src = "try:\n    1 % 0\nexcept ZeroDivisionError as e:\n    print(e)\n";
    expect(lines(src, "3.11")).toEqual(["integer modulo by zero"]);
    expect(lines(src, "3.14")).toEqual(["division by zero"]);
  });
});
