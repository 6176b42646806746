#!/usr/bin/env node
// The heapwise command line:
//   heapwise run FILE.py [--python 3.11|3.14]    prints what CPython prints (exit 1 on an uncaught
//                                                exception, 2 on NotSupported)
//   heapwise trace FILE.py [--python V] [--summary]   the trace as JSON, or a lifetime table
//   heapwise grade ...                           see commands/grade.ts
import { runCommand, traceCommand } from "./commands/simulate";

const USAGE = `usage:
  heapwise run FILE.py [--python 3.11|3.14]
  heapwise trace FILE.py [--python 3.11|3.14] [--summary]
  heapwise grade QUESTION.json ANSWER.json [--seed N]`;

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case "run":
      return runCommand(rest);
    case "trace":
      return traceCommand(rest);
    case "grade": {
      // Loaded lazily: the grader is another package and only this command needs it.
      const mod = (await import("./commands/grade")) as { runGrade(args: string[]): Promise<number> };
      return mod.runGrade(rest);
    }
    default:
      process.stderr.write(USAGE + "\n");
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`heapwise: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
