// Rules 8-10, 12, 13, 17-19: the cyclic collector, generators, closures and shutdown.
import { describe, expect, it } from "vitest";
import { lines, run, T_CLASS } from "../test-helpers";

describe("cyclic collector", () => {
  it("rule 12: a cycle survives refcounting and gc.collect() frees it", () => {
    const src = T_CLASS + 'import gc\na = T("a")\nb = T("b")\na.o = b\nb.o = a\ndel a, b\nprint("no refcount free")\ngc.collect()\nprint("end")\n';
    expect(lines(src)).toEqual(["no refcount free", "del a", "del b", "end"]);
  });

  it("rule 12: gc.disable() stops automatic collection but not gc.collect()", () => {
    const src = T_CLASS + 'import gc\ngc.disable()\nt = T("c")\nt.me = t\ndel t\nprint(gc.isenabled())\ngc.collect()\nprint("end")\n';
    expect(lines(src)).toEqual(["False", "del c", "end"]);
  });

  it("rule 18: a full collection finalizes oldest, youngest, then middle (3.11)", () => {
    const src = T_CLASS + 'import gc\ndef cyc(n):\n    t = T(n)\n    t.me = t\n    return t\nold = cyc("old")\ngc.collect()\ngc.collect()\n' +
      'mid = cyc("mid")\ngc.collect(0)\nyoung = cyc("young")\nold = mid = young = None\ngc.collect()\nprint("end")\n';
    expect(lines(src, "3.11")).toEqual(["del old", "del young", "del mid", "end"]);
  });

  it("rule 17: at shutdown, objects reached through containers come after direct globals", () => {
    const src = T_CLASS + 'xs = [T(1), T(2)]\nsingle = T("single")\nd = {"k": T("k")}\nprint("end")\n';
    const r = run(src, "3.11");
    expect(r.stdout).toBe("end\ndel single\ndel 2\ndel 1\ndel k\n");
    expect(r.stdout.slice(r.shutdownOutputStart)).toBe("del single\ndel 2\ndel 1\ndel k\n");
  });

  it("rule 17: with the collector disabled, creation order shows", () => {
    const src = "import gc\ngc.disable()\n" + T_CLASS + 'xs = [T(1), T(2)]\nsingle = T("single")\nprint("end")\n';
    expect(lines(src, "3.11")).toEqual(["end", "del 1", "del 2", "del single"]);
  });

  it("rule 8: a dropped suspended generator runs its finally, then frees its locals", () => {
    const src = T_CLASS + 'def g():\n    t = T("gen")\n    try:\n        yield 1\n    finally:\n        print("finally")\nit = g()\nnext(it)\ndel it\nprint("end")\n';
    expect(lines(src)).toEqual(["finally", "del gen", "end"]);
  });

  it("rule 9/10: closures keep cells alive; bound methods keep their object", () => {
    const src = T_CLASS + 'def outer():\n    c = T("cell")\n    return lambda: c.n\nh = outer()\nprint(h())\nh = None\n' +
      'class K(T):\n    def m(self):\n        return 1\nm = K("bound").m\nprint("kept")\nm = None\nprint("end")\n';
    expect(lines(src)).toEqual(["cell", "del cell", "kept", "del bound", "end"]);
  });

  it("rule 7/19: a kept exception keeps its traceback's frame locals alive", () => {
    const src = T_CLASS + 'def keep():\n    loc = T("tbloc")\n    raise KeyError("k")\ntry:\n    keep()\nexcept KeyError as e:\n    saved = e\nprint("saved")\nsaved = None\nprint("end")\n';
    expect(lines(src)).toEqual(["saved", "del tbloc", "end"]);
  });
});
