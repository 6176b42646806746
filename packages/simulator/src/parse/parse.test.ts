// Parsing: CPython's SyntaxError wording for common mistakes, NotSupported for the rest.
import { describe, expect, it } from "vitest";
import { simulate } from "../run";

function err(src: string) {
  return simulate(src, { trace: false });
}

describe("parse errors", () => {
  it.each([
    ["x = (1,\n", "'(' was never closed", 1],
    ["y = [1, 2\nprint(y)\n", "'[' was never closed", 1],
    ["print(1))\n", "unmatched ')'", 1],
    ["if x\n    pass\n", "expected ':'", 1],
    ["x = = 1\n", "invalid syntax", 1],
  ])("%j -> SyntaxError: %s", (src, message, line) => {
    const r = err(src);
    expect(r.exitCode).toBe(1);
    expect(r.error).toMatchObject({ type: "SyntaxError", message, line });
    expect(r.stderr.trim().split("\n").pop()).toBe(`SyntaxError: ${message}`);
  });

  it("reports a missing indented block as IndentationError", () => {
    const r = err("def f():\nreturn 1\n");
    expect(r.stderr.trim().split("\n").pop()).toBe("IndentationError: expected an indented block after function definition on line 1");
  });

  it.each([
    ["with open('f') as f:\n    pass\n", "NotSupported: with statement (line 1)"],
    ["async def f():\n    pass\n", "NotSupported: async def (line 1)"],
    ["from os import path\n", "NotSupported: from ... import (line 1)"],
    ["import os\n", "NotSupported: import os (line 1)"],
    ["x = 1j\n", "NotSupported: complex number (line 1)"],
    ["x = 1\ny = input()\n", "NotSupported: input() (line 2)"],
  ])("%j is NotSupported with exit code 2", (src, message) => {
    const r = err(src);
    expect(r.exitCode).toBe(2);
    expect(r.error?.message).toBe(message);
  });
});
