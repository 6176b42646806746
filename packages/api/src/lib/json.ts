import { Prisma } from "@heapwise/db";

/** Prisma needs JsonNull to store a JSON `null` (an unanswered item) in a required Json column. */
export function toJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.JsonNull {
  return value === null || value === undefined ? Prisma.JsonNull : (value as Prisma.InputJsonValue);
}

/** Answers are small; this stops a client from storing megabytes per autosave. */
export const MAX_ANSWER_BYTES = 64 * 1024;

export function answerTooLarge(value: unknown): boolean {
  return JSON.stringify(value ?? null).length > MAX_ANSWER_BYTES;
}
