// Global, class-body and builtin name lookup; import of the gc and sys modules; raise.
import { type PyObject, PyClass } from "../objects/base";
import { type Frame } from "../objects/frames";
import { PyException } from "../objects/instance";
import { instantiate } from "./classes";
import { type Runtime } from "./runtime";
import { createModule } from "./modules";

export { loadSuper } from "./classes";

// dir(builtins) of CPython 3.11, without the names starting with "_".
const CPYTHON_BUILTINS = new Set(
  ("ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError BrokenPipeError " +
    "BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError " +
    "ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning EnvironmentError Exception ExceptionGroup " +
    "False FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError ImportError " +
    "ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError " +
    "MemoryError ModuleNotFoundError NameError None NotADirectoryError NotImplemented NotImplementedError OSError " +
    "OverflowError PendingDeprecationWarning PermissionError ProcessLookupError RecursionError ReferenceError " +
    "ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError " +
    "SystemExit TabError TimeoutError True TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError " +
    "UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError abs aiter all anext any ascii " +
    "bin bool breakpoint bytearray bytes callable chr classmethod compile complex copyright credits delattr dict dir " +
    "divmod enumerate eval exec exit filter float format frozenset getattr globals hasattr hash help hex id input int " +
    "isinstance issubclass iter len license list locals map max memoryview min next object oct open ord pow print " +
    "property quit range repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip").split(" "),
);

export function globalsGet(rt: Runtime, f: Frame, name: string, useNs: boolean): PyObject {
  if (useNs && f.ns) {
    const v = f.ns.get(name);
    if (v) return rt.incref(v);
  }
  const v = f.globals.get(name) ?? rt.moduleDunders.get(name) ?? rt.builtins.get(name);
  if (!v) {
    // A builtin CPython has and the simulator lacks is outside the subset, not a NameError.
    if (CPYTHON_BUILTINS.has(name)) throw rt.notSupported(name);
    rt.raise("NameError", `name '${name}' is not defined`);
  }
  return rt.incref(v);
}

/** Stores an owned value; the previous one is released afterwards (rule 2). */
export function globalsSet(rt: Runtime, f: Frame, name: string, v: PyObject, useNs: boolean): void {
  const ns = useNs && f.ns ? f.ns : f.globals;
  const old = ns.get(name);
  ns.set(name, v);
  rt.globalsChanged(f, ns);
  rt.decref(old);
}

export function globalsDel(rt: Runtime, f: Frame, name: string, useNs: boolean): void {
  const ns = useNs && f.ns ? f.ns : f.globals;
  const old = ns.get(name);
  if (!old) rt.raise("NameError", `name '${name}' is not defined`);
  ns.delete(name);
  rt.globalsChanged(f, ns);
  rt.decref(old);
}

export function importModule(rt: Runtime, name: string): PyObject {
  let m = rt.modules.get(name);
  if (!m) {
    m = createModule(rt, name);
    rt.modules.set(name, m);
  }
  return m;
}

/** The exception object for `raise v` (v owned): a class is instantiated without arguments. */
export function makeException(rt: Runtime, v: PyObject): PyException {
  if (v instanceof PyException) return v;
  if (v instanceof PyClass && rt.isExceptionClass(v)) {
    try {
      const e = instantiate(rt, v, [], null);
      if (!(e instanceof PyException)) rt.raise("TypeError", "exceptions must derive from BaseException");
      return e;
    } finally {
      rt.decref(v);
    }
  }
  rt.decref(v);
  return rt.raise("TypeError", "exceptions must derive from BaseException");
}
