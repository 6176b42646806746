// Turns zod issues into {path, message} pairs an instructor (or the student UI) can show as is.
import { type z } from "zod";
import { type ValidationError } from "../types";

export function zodErrors(error: z.ZodError, prefix = ""): ValidationError[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((p) => p !== "").join(".");
    return { path: path || "(root)", message: issue.message };
  });
}

export function formatErrors(errors: ValidationError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join("\n");
}
