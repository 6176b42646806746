import { describe, expect, it } from "vitest";
import { errorsOf, expectFull, expectMalformed, expectPartial, keyAnswer, question } from "../helpers";

const PROGRAM = `class T:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def f():
    a = T("a")
    b = T("b")
    print("in f")
    return b

x = f()
print("after f")
x = T("c")
print("end")
`;
const q = question("output", PROGRAM);

describe("output", () => {
  it("derives stdout including __del__ output and shutdown", () => {
    expect(keyAnswer(q)).toEqual({ output: "in f\ndel a\nafter f\ndel b\nend\ndel c\n" });
  });
  it("right, ignoring trailing spaces and CRLF", () => {
    expectFull(q, { output: "in f  \r\ndel a\r\nafter f\ndel b\nend\ndel c" });
  });
  it("partial: missing shutdown output is no-finalize-at-exit", () => {
    const r = expectPartial(q, { output: "in f\ndel a\nafter f\ndel b\nend\n" });
    expect(r.misconceptions).toEqual(["no-finalize-at-exit"]);
    expect(r.score).toBeCloseTo(5 / 6, 3);
  });
  it("gc-later when finalizer output comes too late", () => {
    const r = expectPartial(q, { output: "in f\nafter f\ndel a\nend\ndel b\ndel c\n" });
    expect(r.misconceptions).toContain("gc-later");
  });
  it("return-frees when a returned object's finalizer comes too early", () => {
    const r = expectPartial(q, { output: "in f\ndel a\ndel b\nafter f\nend\ndel c\n" });
    expect(r.misconceptions).toContain("return-frees");
  });
  it("is-equals on a printed identity test", () => {
    const iq = question("output", "a = [1]\nb = [1]\nprint(a is b)\nprint(a == b)\n");
    expect(expectPartial(iq, { output: "True\nTrue\n" }).misconceptions).toEqual(["is-equals"]);
  });
  it("follows the question's CPython version: frames release locals in a different order", () => {
    const program = "class T:\n    def __init__(self, n):\n        self.n = n\n    def __del__(self):\n        print('del', self.n)\ndef f():\n    a = T('a')\n    b = T('b')\nf()\n";
    expect(keyAnswer(question("output", program, { python: "3.11" }))).toEqual({ output: "del a\ndel b\n" });
    expect(keyAnswer(question("output", program))).toEqual({ output: "del b\ndel a\n" });
  });
  it("malformed", () => {
    expectMalformed(q, { output: 5 });
    expectMalformed(q, "in f");
  });
  it("validation: a program that prints nothing, or fails", () => {
    expect(errorsOf(question("output", "x = 1\n"))).toContain("prints nothing");
    expect(errorsOf(question("output", "print(y)\n"))).toContain("NameError");
  });
});
