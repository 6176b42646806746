import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";

/** "courseId: Invalid input; items.0.points: Too small" — the field path first, for humans and tests. */
export function describeZodError(err: ZodError): string {
  return err.issues
    .map((i) => `${i.path.map(String).join(".") || "input"}: ${i.message}`)
    .join("; ");
}

type PrismaLikeError = { code: string; meta?: Record<string, unknown>; name?: string };

function isPrismaKnownError(e: unknown): e is PrismaLikeError {
  return (
    typeof e === "object" &&
    e !== null &&
    "code" in e &&
    typeof (e as { code: unknown }).code === "string" &&
    /^P\d{4}$/.test((e as { code: string }).code)
  );
}

/** Turns errors we understand into 4xx TRPCErrors; returns null to keep the original. */
export function mapKnownError(error: TRPCError): TRPCError | null {
  const cause = error.cause;
  if (cause instanceof ZodError) {
    // Input parsing failures arrive as BAD_REQUEST; a zod failure anywhere else is our bug (500).
    if (error.code !== "BAD_REQUEST") return null;
    return new TRPCError({ code: "BAD_REQUEST", message: describeZodError(cause), cause });
  }
  if (isPrismaKnownError(cause)) {
    if (cause.code === "P2002") return new TRPCError({ code: "CONFLICT", message: "Already exists", cause });
    if (cause.code === "P2025") return new TRPCError({ code: "NOT_FOUND", message: "Not found", cause });
    if (cause.code === "P2003") return new TRPCError({ code: "BAD_REQUEST", message: "Unknown reference", cause });
  }
  return null;
}
