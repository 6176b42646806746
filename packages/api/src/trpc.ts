import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { Context, SessionUser } from "./context";
import { describeZodError, mapKnownError } from "./lib/errors";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zod = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      message: zod ? describeZodError(zod) : shape.message,
      data: {
        ...shape.data,
        // Field paths for forms: { "items.0.points": ["Too small"] }.
        fieldErrors: zod ? fieldErrorsOf(zod) : null,
      },
    };
  },
});

function fieldErrorsOf(err: ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of err.issues) {
    const key = issue.path.map(String).join(".") || "(input)";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/**
 * Runs around every procedure, so that callers (HTTP and createCaller alike) get a 4xx naming the
 * field for zod errors, and CONFLICT/NOT_FOUND for database constraint errors instead of a 500.
 */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = mapKnownError(result.error);
    if (mapped) throw mapped;
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapErrors);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session?.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first" });
  return next({ ctx: { ...ctx, user: ctx.session.user as SessionUser } });
});

export type CourseRole = "INSTRUCTOR" | "TA" | "STUDENT";

/**
 * Loads the caller's role in a course. Global admins act as instructors everywhere;
 * everyone else needs an Enrollment with one of `roles`.
 */
export async function requireCourseRole(
  ctx: Context & { user: SessionUser },
  courseId: string,
  roles: readonly CourseRole[],
): Promise<CourseRole> {
  if (ctx.user.role === "ADMIN") {
    const course = await ctx.db.course.findUnique({ where: { id: courseId }, select: { id: true } });
    if (!course) throw new TRPCError({ code: "NOT_FOUND", message: "Course not found" });
    return "INSTRUCTOR";
  }
  const enrollment = await ctx.db.enrollment.findUnique({
    where: { userId_courseId: { userId: ctx.user.id, courseId } },
    select: { role: true },
  });
  if (!enrollment || !roles.includes(enrollment.role)) {
    throw new TRPCError({ code: "FORBIDDEN", message: `Requires course role ${roles.join(" or ")}` });
  }
  return enrollment.role;
}

const courseIdInput = z.object({ courseId: z.string().min(1) });

/** A procedure whose input has `courseId` and whose caller holds one of `roles` in that course. */
export function courseProcedure(roles: readonly CourseRole[]) {
  return authedProcedure.input(courseIdInput).use(async ({ ctx, input, next }) => {
    const courseRole = await requireCourseRole(ctx, input.courseId, roles);
    return next({ ctx: { ...ctx, courseRole } });
  });
}

export const STAFF: readonly CourseRole[] = ["INSTRUCTOR", "TA"];
export const INSTRUCTOR: readonly CourseRole[] = ["INSTRUCTOR"];
export const ANY_MEMBER: readonly CourseRole[] = ["INSTRUCTOR", "TA", "STUDENT"];
