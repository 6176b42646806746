// `"..." % (a, b)` compiled as an f-string when CPython's AST optimizer does so.
import { describe, expect, it } from "vitest";
import { type Expr } from "../parse/ast";
import { run } from "../test-helpers";
import { percentAsFString } from "./pyformat";

const x = { k: "name", id: "x", line: 1 } as Expr;

describe("percentAsFString", () => {
  it("turns %s, %r and %a units with short widths into f-string parts", () => {
    expect(percentAsFString("a%%b%5s|%-4r|%.2a", [x, x, x])).toEqual([
      { s: "a%b" }, { e: x, conv: "s", spec: [{ s: ">5" }] }, { s: "|" }, { e: x, conv: "r", spec: [{ s: "4" }] }, { s: "|" },
      { e: x, conv: "a", spec: [{ s: ".2" }] },
    ]);
  });

  it("leaves other formats, long widths and count mismatches to the % operator", () => {
    for (const [fmt, n] of [["%d", 1], ["%123s", 1], ["%s%s", 1], ["%s", 2], ["%", 1]] as const) {
      expect(percentAsFString(fmt, Array<Expr>(n).fill(x))).toBeNull();
    }
  });

  it("builds no tuple for the optimized form, as CPython does", () => {
    const tuplesAt = (src: string) => run(src, "3.14", true).trace!.objects().filter((o) => o.type === "tuple" && o.createdLine === 2).length;
    expect(tuplesAt('a = "x"\ns = "%s-%s" % (a, a)\n')).toBe(0);
    expect(tuplesAt('a = 1\ns = "%d-%s" % (a, a)\n')).toBe(1);
  });
});
