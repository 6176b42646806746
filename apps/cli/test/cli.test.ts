// The heapwise CLI end to end: run prints what CPython prints, trace prints JSON or a table.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../src/commands/simulate";

const MAIN = resolve(__dirname, "../src/main.ts");
const dir = mkdtempSync(join(tmpdir(), "heapwise-cli-"));

function file(name: string, src: string): string {
  const p = join(dir, name);
  writeFileSync(p, src);
  return p;
}

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", MAIN, ...args], { encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const T = 'class T:\n    def __init__(self, n):\n        self.n = n\n    def __del__(self):\n        print("del", self.n)\n';

describe("heapwise cli", () => {
  it("parses its options", () => {
    expect(parseArgs(["a.py", "--python", "3.11", "--summary"])).toEqual({ file: "a.py", python: "3.11", summary: true });
    expect(parseArgs(["a.py"])).toMatchObject({ python: "3.14", summary: false });
    expect(parseArgs(["a.py", "--python", "2.7"])).toMatch(/unknown --python/);
    expect(parseArgs([])).toBe("missing FILE.py");
  });

  it("run: prints stdout including shutdown output, exit 0", () => {
    const r = cli("run", file("ok.py", T + 'x = T("x")\nprint("end")\n'), "--python", "3.11");
    expect(r).toMatchObject({ code: 0, out: "end\ndel x\n" });
  });

  it("run: uncaught exception -> traceback on stderr, exit 1", () => {
    const p = file("boom.py", "x = [1]\nprint(x[5])\n");
    const r = cli("run", p);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`Traceback (most recent call last):\n  File "${p}", line 2, in <module>\n    print(x[5])\nIndexError: list index out of range\n`);
  });

  it("run: NotSupported -> exit 2", () => {
    const r = cli("run", file("ns.py", "with open('x') as f:\n    pass\n"));
    expect(r).toMatchObject({ code: 2, err: "NotSupported: with statement (line 1)\n" });
  });

  it("trace: JSON with the trace, and a lifetime table with --summary", () => {
    const p = file("tr.py", T + 'a = T("a")\na = None\nb = T("b")\n');
    const json = JSON.parse(execFileSync(process.execPath, ["--import", "tsx", MAIN, "trace", p], { encoding: "utf8" })) as {
      exitCode: number;
      trace: { format: string; steps: unknown[] };
    };
    expect(json.exitCode).toBe(0);
    expect(json.trace.format).toBe("heapwise-trace");
    const table = cli("trace", p, "--summary", "--python", "3.11").out.split("\n");
    expect(table[0]).toMatch(/^id\s+type\s+created\s+freed\s+by$/);
    expect(table.some((l) => /^\d+\s+T\s+6\s+7\s+refcount$/.test(l))).toBe(true);
    expect(table.some((l) => /^\d+\s+T\s+8\s+-\s+program end$/.test(l))).toBe(true);
  });

  it("prints usage for an unknown command", () => {
    expect(cli("frobnicate")).toMatchObject({ code: 2 });
  });
});
