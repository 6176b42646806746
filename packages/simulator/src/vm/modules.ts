// The gc and sys modules, and the methods of generators and of object.
import { type NativeFn, type PyObject } from "../objects/base";
import { PyBuiltin, PyModule } from "../objects/callables";
import { type PyGenerator } from "../objects/frames";
import { PyError } from "../memory/errors";
import { collect } from "../memory/gc";
import { intArg } from "./args";
import { genClose, genSend, raiseStop } from "./iter";
import { makeException } from "./names";
import { type Runtime } from "./runtime";

export function createModule(rt: Runtime, name: string): PyModule {
  const m = new PyModule(name);
  m.immortal = "cached"; // held by sys.modules for the whole run
  const def = (n: string, fn: NativeFn) => {
    const b = new PyBuiltin(n, fn);
    b.immortal = "cached";
    m.attrs.set(n, b);
  };
  if (name === "gc") {
    def("collect", (_s, args) => {
      const g = args[0] ? Number(intArg(rt, args[0])) : 2;
      if (g < 0 || g > 2) rt.raise("ValueError", "invalid generation");
      return rt.int(BigInt(collect(rt.heap, rt.gc, g, rt.profile.fullCollectOrder)));
    });
    def("disable", () => ((rt.gc.enabled = false), rt.None));
    def("enable", () => ((rt.gc.enabled = true), rt.None));
    def("isenabled", () => rt.bool(rt.gc.enabled));
    def("get_count", () => rt.tuple(rt.gc.counts.map((c) => rt.int(BigInt(c)))));
  } else if (name === "sys") {
    def("getrecursionlimit", () => rt.int(BigInt(rt.limits.recursionLimit)));
    def("setrecursionlimit", (_s, args) => {
      const n = Number(intArg(rt, args[0]));
      if (n < 1) rt.raise("ValueError", "recursion limit must be greater or equal than 1");
      rt.limits.recursionLimit = Math.min(n, 5000);
      return rt.None;
    });
    def("getrefcount", () => {
      throw rt.notSupported("sys.getrefcount");
    });
    m.attrs.set("maxsize", rt.constant({ t: "int", v: (1n << BigInt(rt.profile.wordBits - 1)) - 1n }));
  }
  return m;
}

export function installGeneratorMethods(rt: Runtime): void {
  const G = rt.types.generator.native;
  G.set("__next__", ((g: PyGenerator) => {
    const v = genSend(rt, g, null);
    if (!v) raiseStop(rt, g);
    return v;
  }) as unknown as NativeFn);
  G.set("send", ((g: PyGenerator, a: PyObject[]) => {
    if (g.frame && g.frame.pc === 0 && a[0] !== rt.None) rt.raise("TypeError", "can't send non-None value to a just-started generator");
    const v = genSend(rt, g, a[0] ?? rt.None);
    if (!v) raiseStop(rt, g);
    return v;
  }) as unknown as NativeFn);
  G.set("close", ((g: PyGenerator) => (genClose(rt, g), rt.None)) as unknown as NativeFn);
  G.set("throw", ((g: PyGenerator, a: PyObject[]) => {
    const exc = makeException(rt, rt.incref(a[0]!));
    const v = genSend(rt, g, null, new PyError(exc));
    if (!v) rt.raise("StopIteration");
    return v;
  }) as unknown as NativeFn);
}
