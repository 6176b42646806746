// Types for oracles.mjs (a plain Node script so it runs without a TypeScript loader).
export interface OracleResult {
  stdout: string;
  exitCode: number;
  /** Last line of the traceback / error text; null when the program exited normally. */
  lastErrorLine: string | null;
}
export interface Expected {
  py311: OracleResult;
  py314: OracleResult;
}
export const CORPUS_DIR: string;
export function listCorpus(dir?: string): string[];
export function expectedPathFor(rel: string): string;
export function lastLine(text: string): string;
export function runCpython(file: string, hashSeed?: string): OracleResult;
export function runCpythonAsync(file: string, hashSeed?: string): Promise<OracleResult>;
export function sameOracleResult(a: OracleResult, b: OracleResult): boolean;
export function runCpythonMany(files: string[], expectedOf?: (file: string) => OracleResult | undefined): OracleResult[];
export function createPyodideRunner(): Promise<{ version: string; run(src: string): OracleResult }>;
