// The builtin exception hierarchy and CPython's traceback text.
import { PyClass } from "../objects/base";
import { PyException, type PyTraceback } from "../objects/instance";
import { type Runtime } from "./runtime";
import { str } from "./strconv";

const HIERARCHY: [string, string][] = [
  ["BaseException", ""], ["Exception", "BaseException"], ["GeneratorExit", "BaseException"],
  ["KeyboardInterrupt", "BaseException"], ["SystemExit", "BaseException"],
  ["ArithmeticError", "Exception"], ["ZeroDivisionError", "ArithmeticError"], ["OverflowError", "ArithmeticError"],
  ["AssertionError", "Exception"], ["AttributeError", "Exception"], ["LookupError", "Exception"],
  ["IndexError", "LookupError"], ["KeyError", "LookupError"], ["NameError", "Exception"],
  ["UnboundLocalError", "NameError"], ["RuntimeError", "Exception"], ["RecursionError", "RuntimeError"],
  ["NotImplementedError", "RuntimeError"], ["StopIteration", "Exception"], ["TypeError", "Exception"],
  ["ValueError", "Exception"], ["UnicodeError", "ValueError"], ["MemoryError", "Exception"], ["OSError", "Exception"],
  ["ImportError", "Exception"], ["ModuleNotFoundError", "ImportError"], ["LookupError", "Exception"],
];

export function createExceptionClasses(rt: Runtime): void {
  for (const [name, base] of HIERARCHY) {
    if (rt.excClasses.has(name)) continue;
    const cls = new PyClass(name, [base ? rt.excClasses.get(base)! : rt.types.object], true);
    cls.immortal = "cached";
    rt.excClasses.set(name, cls);
    rt.builtins.set(name, cls);
  }
  // BaseException.__init__(*args) replaces args (what super().__init__(msg) in a subclass does).
  rt.excClasses.get("BaseException")!.native.set("__init__", (self, args) => {
    if (self instanceof PyException) {
      const old = self.args;
      self.args = rt.tuple(args.map((a) => rt.incref(a)));
      rt.heap.touch(self);
      rt.decref(old);
    }
    return rt.None;
  });
}

/** The text CPython prints for an uncaught exception, chained causes and contexts included. */
export function formatTraceback(rt: Runtime, exc: PyException, lines: string[], filename: string): string {
  const seen = new Set<PyException>();
  const parts: string[] = [];
  let cur: PyException | null = exc;
  while (cur && !seen.has(cur)) {
    seen.add(cur);
    parts.unshift(formatOne(rt, cur, lines, filename));
    const next: PyException | null = cur.cause instanceof PyException ? cur.cause : !cur.suppressContext && cur.context instanceof PyException ? cur.context : null;
    if (next && !seen.has(next)) {
      parts.unshift(cur.cause
        ? "\nThe above exception was the direct cause of the following exception:\n\n"
        : "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    cur = next;
  }
  return parts.join("");
}

function formatOne(rt: Runtime, exc: PyException, lines: string[], filename: string): string {
  let out = "";
  const entries: PyTraceback[] = [];
  for (let tb = exc.traceback; tb; tb = tb.next) entries.push(tb);
  if (entries.length) out += "Traceback (most recent call last):\n";
  let last = "";
  let repeat = 0;
  const flush = () => {
    if (repeat > 3) out += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? "" : "s"}]\n`;
  };
  for (const tb of entries) {
    const name = tb.frame.frame.code.name;
    const src = (lines[tb.line - 1] ?? "").trim();
    const entry = `  File "${filename}", line ${tb.line}, in ${name}\n` + (src ? `    ${src}\n` : "");
    if (entry === last) {
      repeat++;
      if (repeat <= 3) out += entry;
      continue;
    }
    flush();
    last = entry;
    repeat = 1;
    out += entry;
  }
  flush();
  return out + exceptionLine(rt, exc) + "\n";
}

export function exceptionLine(rt: Runtime, exc: PyException): string {
  const name = exc.klass.builtin ? exc.klass.name : exc.klass.qualname ?? exc.klass.name;
  let msg: string;
  try {
    msg = str(rt, exc);
  } catch {
    msg = "<exception str() failed>";
  }
  return msg ? `${name}: ${msg}` : name;
}
