import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describeZodError, mapKnownError } from "../src/lib/errors";
import { newJoinCode, normalizeJoinCode } from "../src/lib/joinCode";

describe("error mapping", () => {
  const schema = z.object({ courseId: z.string().min(1), items: z.array(z.object({ points: z.number().min(0) })) });

  it("names the field path of every zod issue", () => {
    const result = schema.safeParse({ courseId: "", items: [{ points: -1 }] });
    expect(result.success).toBe(false);
    const message = describeZodError(result.error!);
    expect(message).toMatch(/^courseId: /);
    expect(message).toContain("items.0.points: ");
  });

  it("turns input parse failures into BAD_REQUEST with that message", () => {
    const zod = schema.safeParse({}).error!;
    const mapped = mapKnownError(new TRPCError({ code: "BAD_REQUEST", cause: zod }));
    expect(mapped?.code).toBe("BAD_REQUEST");
    expect(mapped?.message).toContain("courseId");
  });

  it("maps unique and missing-row database errors to CONFLICT and NOT_FOUND", () => {
    const prismaError = (code: string) => Object.assign(new Error("db"), { code });
    expect(mapKnownError(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: prismaError("P2002") }))?.code).toBe("CONFLICT");
    expect(mapKnownError(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: prismaError("P2025") }))?.code).toBe("NOT_FOUND");
    expect(mapKnownError(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: new Error("other") }))).toBeNull();
  });
});

describe("join codes", () => {
  it("are 8 unambiguous characters and normalise what people type", () => {
    const code = newJoinCode();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    expect(normalizeJoinCode(` ${code.slice(0, 4).toLowerCase()}-${code.slice(4)} `)).toBe(code);
  });
});
