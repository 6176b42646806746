// simulate(): parse, compile, execute, shut down; every failure becomes a value, never a throw.
import { compileModule } from "./compile/compiler";
import { LimitError, PyError, RuntimeNotSupported } from "./memory/errors";
import { SourceError } from "./parse/ast";
import { parse } from "./parse/stmt";
import { platform } from "./objects/setorder";
import { profileFor } from "./profile/profile";
import { type ProgramError, type RunResult, type SimulateOptions } from "./trace/types";
import { Recorder } from "./trace/recorder";
import { Frame, resetFrameIds } from "./objects/frames";
import { Runtime } from "./vm/runtime";
import { setupRuntime } from "./vm/setup";
import { formatTraceback } from "./vm/exceptions";
import { runFrame } from "./vm/call";
import { shutdown } from "./memory/shutdown";
import { type PyObject } from "./objects/base";
import { PyCell } from "./objects/callables";

let FILENAME = "main.py";
let sourceLines: string[] = [];

export function simulate(source: string, options: SimulateOptions = {}): RunResult {
  const src = typeof source === "string" ? source : String(source);
  sourceLines = src.split("\n");
  try {
    return run(src, options);
  } catch (e) {
    return errorResult(toError(e, 0), "", null);
  }
}

function toError(e: unknown, line: number): ProgramError {
  if (e instanceof SourceError) {
    return e.kind === "NotSupported"
      ? { type: "NotSupported", message: e.message, line: e.line }
      : { type: "SyntaxError", message: e.message, line: e.line, pythonType: e.pyType };
  }
  if (e instanceof RuntimeNotSupported) return { type: "NotSupported", message: `NotSupported: ${e.construct} (line ${line})`, line };
  if (e instanceof LimitError) return { type: "LimitExceeded", limit: e.limit, message: `LimitExceeded: ${e.message} (line ${line})`, line };
  if (e instanceof RangeError) return { type: "LimitExceeded", limit: "steps", message: `LimitExceeded: the simulator ran out of stack (line ${line})`, line };
  return { type: "NotSupported", message: `NotSupported: internal simulator error: ${e instanceof Error ? e.message : String(e)} (line ${line})`, line };
}

function errorResult(error: ProgramError, stdout: string, trace: RunResult["trace"], stderr?: string, shutdownStart?: number): RunResult {
  let text = stderr ?? error.message + "\n";
  if (error.type === "SyntaxError" && stderr === undefined) {
    const src = (sourceLines[error.line - 1] ?? "").trim();
    text = `  File "${FILENAME}", line ${error.line}\n${src ? `    ${src}\n` : ""}${error.pythonType ?? "SyntaxError"}: ${error.message}\n`;
  }
  return {
    stdout, stderr: text, shutdownOutputStart: shutdownStart ?? stdout.length,
    exitCode: error.type === "NotSupported" ? 2 : 1, error, trace,
  };
}

function run(src: string, options: SimulateOptions): RunResult {
  const profile = profileFor(options.python);
  FILENAME = options.filename ?? "main.py";
  resetFrameIds();
  Frame.lastToFirst = profile.frameLocalsLastToFirst;
  platform.wordBits = profile.wordBits;
  platform.constSetRebuilt = profile.constSetRebuilt;
  const code = compileModule(parse(src), profile.inlineComprehensions);
  const rt = new Runtime(profile, {
    maxSteps: options.maxSteps ?? 1_000_000,
    maxObjects: options.maxObjects ?? 100_000,
    recursionLimit: options.recursionLimit ?? 1000,
    maxOutputChars: options.maxOutputChars ?? 1_000_000,
  });
  const recorder = options.trace === false ? null : new Recorder(rt, src);
  setupRuntime(rt, recorder);
  const globals = new Map();
  const main = new Frame(code, null, globals);
  // The module's only cells are those of inlined comprehensions (PEP 709), made up front as
  // CPython's MAKE_CELL prologue does.
  for (let i = 0; i < code.cellvars.length; i++) main.cells.push(rt.heap.alloc(new PyCell(null)));
  let error: ProgramError | null = null;
  let stderr = "";
  let kept: PyObject | null = null;
  const lines = src.split("\n");
  rt.sourceLines = lines;
  rt.filename = FILENAME;
  try {
    const r = runFrame(rt, main);
    rt.decref(r);
  } catch (e) {
    if (e instanceof PyError) {
      stderr = formatTraceback(rt, e.exc, lines, FILENAME);
      const tb = stderr.trimEnd().split("\n");
      let last = e.exc.traceback;
      while (last?.next) last = last.next;
      error = { type: "PythonError", pythonType: e.exc.klass.name, message: tb[tb.length - 1]!, line: last?.line ?? main.line, traceback: stderr };
      rt.err += stderr;
      if (profile.uncaughtKeptUntilShutdown) kept = e.exc;
      else rt.decref(e.exc);
    } else {
      error = toError(e, rt.currentFrame?.line ?? main.line);
      recorder?.finish(rt.out, true);
      return errorResult(error, rt.out, recorder?.trace() ?? null);
    }
  }
  recorder?.endOfProgram(main);
  const shutdownStart = rt.out.length;
  try {
    rt.frames = [];
    shutdown(rt.heap, rt.gc, globals, () => recorder?.namespaceChanged(main, globals), () => rt.decref(kept));
  } catch (e) {
    if (!(e instanceof PyError)) {
      const err = toError(e, 0);
      recorder?.finish(rt.out, true);
      return errorResult(err, rt.out, recorder?.trace() ?? null, undefined, shutdownStart);
    }
  }
  recorder?.finish(rt.out, false);
  const trace = recorder?.trace() ?? null;
  if (error) return errorResult(error, rt.out, trace, rt.err, shutdownStart);
  return { stdout: rt.out, stderr: rt.err, shutdownOutputStart: shutdownStart, exitCode: 0, error: null, trace };
}
