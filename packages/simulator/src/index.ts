// Public entry of @heapwise/simulator. Planned exports (see src/trace/types.ts for the contract):
//   simulate(source, options): RunResult   -- never throws for any input
//   loadTrace(json): Trace, traceJsonSchema (zod), TRACE_FORMAT_VERSION
export * from "./trace/types";
