// AttributeError keeps the object whose lookup failed (e.obj), as set_attribute_error_context does.
import { describe, expect, it } from "vitest";
import { lines, T_CLASS } from "../test-helpers";

describe("AttributeError.obj", () => {
  it("keeps the object alive until the exception is freed, in both profiles", () => {
    const src = T_CLASS + 'try:\n    T("a").missing\nexcept AttributeError as e:\n    print("caught", e.name, e.obj.n)\nprint("after")\n';
    for (const v of ["3.11", "3.14"] as const) expect(lines(src, v)).toEqual(["caught missing a", "del a", "after"]);
  });

  it("is not set by a failed `del obj.attr`", () => {
    const src = T_CLASS + 'try:\n    del T("b").missing\nexcept AttributeError as e:\n    print("caught", e.obj)\n';
    expect(lines(src, "3.14")).toEqual(["del b", "caught None"]);
  });
});
