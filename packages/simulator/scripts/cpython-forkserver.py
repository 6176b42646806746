# Fast path for checking many programs against CPython: reads program paths on stdin (one per
# line) and runs each in a forked child that behaves like `python3 FILE`: the program is a fresh
# __main__ module, an uncaught exception prints its traceback (kept alive in sys.last_* until
# shutdown, as CPython's main does) and exits 1, and the child ends with a real interpreter
# shutdown, so finalizers at exit run as usual. Forking skips interpreter start-up (~100 ms).
# Writes one JSON line per program: {"stdout", "stderr", "status"}.
# It is only an accelerator: oracles.mjs re-runs any program whose result differs with a fresh python3.
import gc
import json
import os
import sys
import types


def child(path, out_w, err_w):
    os.dup2(out_w, 1)
    os.dup2(err_w, 2)
    with open(path, encoding="utf-8") as f:
        src = f.read()
    main = types.ModuleType("__main__")
    main.__file__ = path
    main.__builtins__ = __builtins__
    sys.modules["__main__"] = main
    sys.argv = [path]
    status = 0
    try:
        exec(compile(src, path, "exec"), main.__dict__)
    except SystemExit:
        raise
    except BaseException as e:
        sys.last_type, sys.last_value, sys.last_traceback = type(e), e, e.__traceback__
        sys.excepthook(type(e), e, e.__traceback__)
        status = 1
    raise SystemExit(status)


def drain(fd):
    chunks = []
    while True:
        b = os.read(fd, 65536)
        if not b:
            break
        chunks.append(b)
    os.close(fd)
    return b"".join(chunks).decode("utf-8", "replace")


def run_one(path):
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    gc.collect()
    pid = os.fork()
    if pid == 0:
        os.close(out_r)
        os.close(err_r)
        child(path, out_w, err_w)
    os.close(out_w)
    os.close(err_w)
    # Corpus programs print little, so draining stdout then stderr cannot deadlock in practice.
    stdout = drain(out_r)
    stderr = drain(err_r)
    _, status = os.waitpid(pid, 0)
    return {"stdout": stdout, "stderr": stderr, "status": os.waitstatus_to_exitcode(status)}


def main():
    for line in sys.stdin:
        path = line.strip()
        if path:
            sys.__stdout__.write(json.dumps(run_one(path)) + "\n")
            sys.__stdout__.flush()


if __name__ == "__main__":
    main()
