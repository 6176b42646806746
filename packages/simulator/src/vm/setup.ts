// Wires a fresh Runtime: builtins, methods, exception classes and the heap's hooks.
import { type PyObject } from "../objects/base";
import { PyGenerator } from "../objects/frames";
import { PyInstance } from "../objects/instance";
import { maybeCollect } from "../memory/gc";
import { PyError } from "../memory/errors";
import { type Recorder } from "../trace/recorder";
import { installBuiltins } from "./builtins";
import { callDunder } from "./call";
import { createExceptionClasses, formatTraceback } from "./exceptions";
import { genClose } from "./iter";
import { installDictMethods } from "./methods-dict";
import { installListMethods } from "./methods-list";
import { installStrMethods } from "./methods-str";
import { installGeneratorMethods } from "./modules";
import { type Runtime } from "./runtime";
import { repr } from "./strconv";
import { PyClass } from "../objects/base";
import { setSuperClass } from "./classes";
import { PyStr } from "../objects/scalars";
import { getAttr, setAttr } from "./attrs";
import { getSubscript } from "./subscript";

export function setupRuntime(rt: Runtime, recorder: Recorder | null): void {
  rt.tracer = recorder;
  rt.heap.tracing = recorder !== null;
  rt.heap.hooks = {
    onAlloc: (o) => {
      rt.heap.addresses.onAlloc(o);
      recorder?.onAlloc(o);
    },
    onFree: (o, reason) => {
      rt.heap.addresses.onFree(o);
      recorder?.onFree(o, reason);
    },
    needsFinalize,
    finalize: (o) => finalize(rt, o),
    onTrackedAlloc: () => maybeCollect(rt.heap, rt.gc, rt.profile.gcThresholds, rt.profile.fullCollectOrder),
    onTrackedFree: () => {
      if (rt.gc.counts[0] > 0) rt.gc.counts[0]--;
    },
  };
  createExceptionClasses(rt);
  installBuiltins(rt);
  installListMethods(rt);
  installDictMethods(rt);
  installStrMethods(rt);
  installGeneratorMethods(rt);
  const sup = new PyClass("super", [rt.types.object], true);
  sup.immortal = "cached";
  setSuperClass(sup);
  const ni = new PyClass("NotImplementedType", [rt.types.object], true);
  ni.immortal = "cached";
  const notImpl = new PyInstance(ni);
  notImpl.immortal = "cached";
  rt.builtins.set("NotImplemented", notImpl);
  const name = new PyStr("__main__");
  name.immortal = "cached";
  rt.moduleDunders.set("__name__", name);
  rt.hasAttr = (o, n) => {
    try {
      rt.decref(getAttr(rt, o, n));
      return true;
    } catch (e) {
      if (e instanceof PyError && rt.isinstance(e.exc, rt.excClasses.get("AttributeError")!)) {
        rt.decref(e.exc);
        return false;
      }
      throw e;
    }
  };
  rt.getAttrDefault = (o, n, d) => {
    if (d && !rt.hasAttr(o, n)) return rt.incref(d);
    return getAttr(rt, o, n);
  };
  rt.setAttrValue = (o, n, v) => setAttr(rt, o, n, v);
  rt.subscript = (o, i) => getSubscript(rt, o, i);
}

function needsFinalize(o: PyObject): boolean {
  if (o.finalized) return false;
  if (o instanceof PyInstance) return !!o.klass.lookup("__del__");
  if (o instanceof PyGenerator) {
    const f = o.frame;
    return !!f && f.pc > 0 && !f.done && f.blocks.some((b) => b.kind !== "handler");
  }
  return false;
}

/** Runs __del__ (or closes a generator); errors are reported the way CPython does, then ignored. */
function finalize(rt: Runtime, o: PyObject): void {
  const saved = rt.frames.length;
  try {
    if (o instanceof PyGenerator) genClose(rt, o);
    else {
      const r = callDunder(rt, o, "__del__", []);
      rt.decref(r);
    }
  } catch (e) {
    rt.frames.length = saved;
    if (!(e instanceof PyError)) throw e;
    const fn = o.cls.lookup("__del__");
    const where = fn ? repr(rt, fn) : repr(rt, o);
    const tb = formatTraceback(rt, e.exc, rt.sourceLines, rt.filename);
    rt.err += `Exception ignored in: ${where}\n${tb}`;
    rt.decref(e.exc);
  }
}
