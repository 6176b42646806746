// Developer and test tooling (not for the app bundle): computes migration SQL with prisma6.
export { diffSchemas, isEmptyDiff } from "./schema-diff";
