// The zod schema of the serialised trace (format.ts) and loadTrace().
import { z } from "zod";
import { type TraceData } from "./format";
import { TraceImpl } from "./trace";
import { type Trace } from "./types";

export const TRACE_FORMAT_VERSION = 1;

const int = z.number().int();
const opSchema = z.union([
  z.tuple([z.literal("r"), int, int, int, z.array(int), z.array(z.string().nullable()).nullable()]),
  z.tuple([z.literal("S"), int]).rest(int),
  z.tuple([z.literal("F"), int, z.string(), int]),
  z.tuple([z.literal("b"), int, z.string(), int, int, int]),
  z.tuple([z.literal("t"), int]).rest(int),
  z.tuple([z.literal("l"), int, int]),
  z.tuple([z.literal("g"), z.string(), int]),
  z.tuple([z.literal("D")]).rest(int),
  z.tuple([z.literal("x"), int]),
]);

const kinds = [
  "int", "float", "str", "bool", "none", "tuple", "list", "dict", "set", "frozenset", "range", "instance", "class", "function",
  "builtin", "method", "cell", "generator", "iterator", "exception", "traceback", "frame", "module", "other",
] as const;

export const traceJsonSchema = z.object({
  format: z.literal("heapwise-trace"),
  version: z.literal(TRACE_FORMAT_VERSION),
  python: z.enum(["3.11", "3.14"]),
  source: z.string(),
  output: z.string(),
  shutdownOutputStart: int,
  functionNames: z.record(z.string(), z.string()),
  steps: z.array(z.tuple([int.min(0).max(4), int, int, int, int, int, z.array(int), z.array(z.tuple([int, int.min(0).max(2), int, int])), z.array(opSchema)])),
  shutdownFrees: z.array(z.tuple([int, int.min(0).max(2), int, int])),
  objects: z.array(z.tuple([int, z.string(), z.enum(kinds), z.enum(["cached", "constant"]).nullable(), int, int, int, z.string().nullable(), int])),
});

/** Restores a Trace from its JSON form (as produced by trace.toJSON()); throws a ZodError if invalid. */
export function loadTrace(json: unknown): Trace {
  const data = traceJsonSchema.parse(typeof json === "string" ? JSON.parse(json) : json);
  return new TraceImpl(data as TraceData);
}
