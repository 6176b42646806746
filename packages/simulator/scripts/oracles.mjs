/* global process, TextDecoder */
// Shared helpers for recording and checking the corpus' expected outputs against the two real
// interpreters: native python3 (CPython 3.11) and the pyodide npm package (CPython 3.14).
import { execFile, spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join, relative, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "corpus");

/** Every corpus program, as paths relative to CORPUS_DIR ("topic/NNN_name.py"), sorted. */
export function listCorpus(dir = CORPUS_DIR) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".py")) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

export function expectedPathFor(rel) {
  return join(CORPUS_DIR, rel.replace(/\.py$/, ".expected.json"));
}

/** Last non-empty line of an error text, which is what both interpreters agree on. */
export function lastLine(text) {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  return lines.length ? lines[lines.length - 1] : "";
}

const PY_ARGS = (file) => ["-X", "utf8", file];
const pyEnv = (hashSeed) => ({ ...process.env, PYTHONHASHSEED: hashSeed, PYTHONIOENCODING: "utf-8" });
const toResult = (status, stdout, stderr) => {
  const exitCode = status ?? 1;
  return { stdout, exitCode, lastErrorLine: exitCode === 0 ? null : lastLine(stderr) };
};

/**
 * Run one program with native CPython. lastErrorLine is null on success: warnings on stderr
 * (e.g. SyntaxWarning for `is` with a literal) are not part of the comparison.
 */
export function runCpython(file, hashSeed = "0") {
  const r = spawnSync("python3", PY_ARGS(file), { encoding: "utf8", timeout: 20_000, env: pyEnv(hashSeed) });
  if (r.error) throw r.error;
  return toResult(r.status, r.stdout, r.stderr);
}

/** The same, without blocking, so that several programs can run at once. */
export function runCpythonAsync(file, hashSeed = "0") {
  return new Promise((resolve, reject) => {
    execFile("python3", PY_ARGS(file), { encoding: "utf8", timeout: 20_000, env: pyEnv(hashSeed) },
      (err, stdout, stderr) => {
        if (err && typeof err.code !== "number") reject(err);
        else resolve(toResult(err ? err.code : 0, stdout, stderr));
      });
  });
}

export function sameOracleResult(a, b) {
  return a.stdout === b.stdout && a.exitCode === b.exitCode && a.lastErrorLine === b.lastErrorLine;
}

/**
 * Many programs through scripts/cpython-forkserver.py (one python3, a fork per program: about 5x
 * faster than a fresh interpreter each). Any result that differs from `expectedOf(file)` is
 * confirmed with a fresh python3, so the fast path can never hide or invent a difference.
 */
export function runCpythonMany(files, expectedOf = () => undefined) {
  const server = join(dirname(fileURLToPath(import.meta.url)), "cpython-forkserver.py");
  const r = spawnSync("python3", ["-X", "utf8", server], {
    input: files.join("\n") + "\n", encoding: "utf8", env: pyEnv("0"), maxBuffer: 256 * 2 ** 20, timeout: 600_000,
  });
  if (r.error) throw r.error;
  const lines = r.stdout.split("\n").filter(Boolean);
  return files.map((file, i) => {
    const raw = lines[i] ? JSON.parse(lines[i]) : null;
    const fast = raw ? toResult(raw.status, raw.stdout, raw.stderr) : null;
    const expected = expectedOf(file);
    if (fast && expected && sameOracleResult(fast, expected)) return fast;
    return runCpython(file);
  });
}

// Marks the point where the program's own run ended; output after it (cleanup) is dropped.
const MARK = "\u0000HEAPWISE-END\u0000";

// Driver installed once in pyodide. Each program gets a fresh globals dict; the code is compiled
// as a file (mode "exec"), so no last-expression value is kept alive the way runPython would.
const DRIVER = `
import gc, sys, traceback
def _heapwise_run(src):
    ns = {"__name__": "__main__"}
    status = 0
    last = None
    try:
        exec(compile(src, "main.py", "exec"), ns)
    except BaseException as e:
        sys.stdout.flush()
        print(${JSON.stringify(MARK)}, end="")
        sys.stdout.flush()
        status = 1
        last = traceback.format_exception_only(e)[-1].rstrip("\\n")
        del e
    else:
        sys.stdout.flush()
        print(${JSON.stringify(MARK)}, end="")
        sys.stdout.flush()
    # Release the program's namespace now, while output is being discarded, so that nothing it
    # owned can print into the next program's output.
    ns.clear()
    del ns
    for _ in range(3):
        if not gc.collect():
            break
    # Park everything that survives in the permanent generation: later collections then only
    # scan the next program's objects (pyodide's own heap makes a full collection slow).
    gc.freeze()
    gc.enable()
    sys.stdout.flush()
    return [status, last]
`;

/** Loads pyodide once; run(src) executes a program in a clean namespace (about 2 s to load). */
export async function createPyodideRunner() {
  const { loadPyodide } = await import("pyodide");
  const py = await loadPyodide();
  let out = "";
  const dec = new TextDecoder();
  py.setStdout({ write: (buf) => ((out += dec.decode(buf, { stream: true })), buf.length) });
  py.setStderr({ write: (buf) => buf.length });
  py.runPython(DRIVER);
  py.runPython("import gc; gc.collect(); gc.freeze()");
  const runFn = py.globals.get("_heapwise_run");
  return {
    version: py.runPython("import sys; sys.version.split()[0]"),
    run(src) {
      out = "";
      const res = runFn(src);
      const [status, last] = res.toJs();
      res.destroy();
      const cut = out.indexOf(MARK);
      const stdout = cut >= 0 ? out.slice(0, cut) : out;
      return { stdout, exitCode: status, lastErrorLine: status === 0 ? null : last };
    },
  };
}
