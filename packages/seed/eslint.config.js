export { default } from "@heapwise/eslint-config";
