// Rules found by checking the simulator against CPython on programs outside the corpus: each test
// states the rule and checks it on the smallest program that shows it.
import { describe, expect, it } from "vitest";
import { simulate, type PythonVersion } from "../src/index";

const T = "class T:\n    def __init__(self, n):\n        self.n = n\n    def __del__(self):\n        print('del', self.n)\n";
const out = (src: string, python: PythonVersion) => simulate(src, { python, trace: false }).stdout.trim().split("\n");

describe("collector list order", () => {
  it("3.11 tracks a dict only once it holds a container, so it sits after what it holds", () => {
    const src = `${T}import gc\nd = {}\nd[1] = [T(i) for i in range(3)]\nd[0] = d\ngc.collect()\ndel d\ngc.collect()\n`;
    expect(out(src, "3.11")).toEqual(["del 2", "del 1", "del 0"]);
    expect(out(src, "3.14")).toEqual(["del 0", "del 1", "del 2"]);
  });
});

describe("suspended generators", () => {
  it("release their value stack (a for loop's iterator) before their locals", () => {
    const src = `${T}def g():\n    keep = T('local')\n    for t in [T('a'), T('b')]:\n        yield t.n\nit = g()\nnext(it)\nit = None\n`;
    expect(out(src, "3.11")).toEqual(["del b", "del local", "del a"]);
    expect(out(src, "3.14")).toEqual(["del b", "del a", "del local"]);
  });
});

describe("sorting", () => {
  it("asks `later < earlier` in CPython's order, and 3.13+ counts runs differently", () => {
    const src = "class V:\n    def __init__(self, v):\n        self.v = v\n    def __lt__(self, o):\n        print(self.v, o.v)\n        return self.v < o.v\n" +
      "xs = [V(3), V(1), V(2)]\nxs.sort()\n";
    expect(out(src, "3.11")).toEqual(["1 3", "2 1", "2 3", "2 1"]);
    expect(out(src, "3.14")).toEqual(["1 3", "2 1", "1 2", "2 3", "2 3", "2 1"]);
  });
});

describe("id()", () => {
  it("reuses the address of the object of the same kind freed last", () => {
    const src = "print(id([]) == id([]))\nx = [1]\ni = id(x)\ndel x\ny = [2]\nz = [3]\nprint(id(y) == i, id(z) == i)\n";
    expect(out(src, "3.11")).toEqual(["True", "True False"]);
  });
});

describe("outside the subset", () => {
  it.each([
    ['s = "a\u{1F600}b"\nprint(len(s))\n', "NotSupported: characters outside the Basic Multilingual Plane (such as emoji) (line 1)"],
    ["print(chr(0x1F600))\n", "NotSupported: chr() of a character outside the Basic Multilingual Plane (line 1)"],
    ["class A:\n    pass\nprint(A().__dict__)\n", "NotSupported: A.__dict__ (line 3)"],
    ["print(slice(1, 2))\n", "NotSupported: slice (line 1)"],
    ['print(f"{5:=+6}")\n', "NotSupported: f-string format spec starting with '=' (line 1)"],
  ])("%j stops with NotSupported, not a wrong answer", (src, message) => {
    const r = simulate(src, { trace: false });
    expect(r.exitCode).toBe(2);
    expect(r.error?.message).toBe(message);
  });
});
