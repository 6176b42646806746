// Public entry of @heapwise/simulator (contract: src/trace/types.ts).
//   simulate(source, options): RunResult   -- never throws for any input
//   loadTrace(json): Trace, traceJsonSchema (zod), TRACE_FORMAT_VERSION
export * from "./trace/types";
export { simulate } from "./run";
export { loadTrace, traceJsonSchema, TRACE_FORMAT_VERSION } from "./trace/json";
