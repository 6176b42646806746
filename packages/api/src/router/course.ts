import type { Db } from "@heapwise/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { rebuildDashboardStats } from "../dashboard/stats";
import { newJoinCode, normalizeJoinCode } from "../lib/joinCode";
import { ANY_MEMBER, authedProcedure, courseProcedure, INSTRUCTOR, router } from "../trpc";

const courseRole = z.enum(["INSTRUCTOR", "TA", "STUDENT"]);
const memberInput = z.object({ courseId: z.string().min(1), userId: z.string().min(1) });

export const courseRouter = router({
  create: authedProcedure
    .input(z.object({ name: z.string().trim().min(1).max(200), term: z.string().trim().max(100).default("") }))
    .mutation(async ({ ctx, input }) => {
      if (ctx.user.role === "STUDENT") {
        throw new TRPCError({ code: "FORBIDDEN", message: "Only instructors can create courses" });
      }
      const course = await ctx.db.course.create({
        data: {
          name: input.name,
          term: input.term,
          joinCode: newJoinCode(),
          createdById: ctx.user.id,
          enrollments: { create: { userId: ctx.user.id, role: "INSTRUCTOR" } },
        },
      });
      return { id: course.id, joinCode: course.joinCode };
    }),

  join: authedProcedure
    .input(z.object({ joinCode: z.string().trim().min(4).max(32) }))
    .mutation(async ({ ctx, input }) => {
      // Codes we generate have no separators, but seeded/legacy ones may ("HEAP-202"): try both.
      const typed = input.joinCode.trim().toUpperCase();
      const course = await ctx.db.course.findFirst({
        where: { joinCode: { in: [...new Set([typed, normalizeJoinCode(input.joinCode)])] } },
      });
      if (!course) throw new TRPCError({ code: "NOT_FOUND", message: "joinCode: no course has this code" });
      // Joining twice keeps the existing role (an instructor using the code stays an instructor).
      await ctx.db.enrollment.upsert({
        where: { userId_courseId: { userId: ctx.user.id, courseId: course.id } },
        create: { userId: ctx.user.id, courseId: course.id, role: "STUDENT" },
        update: {},
      });
      return { courseId: course.id, name: course.name };
    }),

  mine: authedProcedure.query(async ({ ctx }) => {
    if (ctx.user.role === "ADMIN") {
      // Admins manage every course, enrolled or not.
      const courses = await ctx.db.course.findMany({
        include: { _count: { select: { enrollments: true } } },
        orderBy: { name: "asc" },
      });
      return courses.map((c) => ({
        id: c.id, name: c.name, term: c.term, joinCode: c.joinCode as string | null, role: "INSTRUCTOR" as const, memberCount: c._count.enrollments,
      }));
    }
    const enrollments = await ctx.db.enrollment.findMany({
      where: { userId: ctx.user.id },
      include: { course: { include: { _count: { select: { enrollments: true } } } } },
      orderBy: { course: { name: "asc" } },
    });
    return enrollments.map((e) => ({
      id: e.course.id,
      name: e.course.name,
      term: e.course.term,
      // Students never see the join code of a course through this list: they already joined.
      joinCode: e.role === "STUDENT" ? null : (e.course.joinCode as string | null),
      role: e.role,
      memberCount: e.course._count.enrollments,
    }));
  }),

  get: courseProcedure(ANY_MEMBER).query(async ({ ctx, input }) => {
    const course = await ctx.db.course.findUniqueOrThrow({ where: { id: input.courseId } });
    return {
      id: course.id,
      name: course.name,
      term: course.term,
      joinCode: ctx.courseRole === "STUDENT" ? null : course.joinCode,
      myRole: ctx.courseRole,
    };
  }),

  roster: courseProcedure(["INSTRUCTOR", "TA"]).query(async ({ ctx, input }) => {
    const rows = await ctx.db.enrollment.findMany({
      where: { courseId: input.courseId },
      include: { user: { select: { id: true, name: true, email: true } } },
      orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    });
    return rows.map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email, role: r.role }));
  }),

  setRole: courseProcedure(INSTRUCTOR)
    .input(memberInput.extend({ role: courseRole }))
    .mutation(async ({ ctx, input }) => {
      await guardLastInstructor(ctx.db, input.courseId, input.userId, input.role);
      const before = await ctx.db.enrollment.findUniqueOrThrow({
        where: { userId_courseId: { userId: input.userId, courseId: input.courseId } },
      });
      const updated = await ctx.db.enrollment.update({
        where: { userId_courseId: { userId: input.userId, courseId: input.courseId } },
        data: { role: input.role },
      });
      // Dashboards count students only: moving someone in or out of STUDENT changes the aggregates.
      if ((before.role === "STUDENT") !== (input.role === "STUDENT")) await rebuildDashboardStats(ctx.db, input.courseId);
      return { userId: updated.userId, role: updated.role };
    }),

  removeMember: courseProcedure(INSTRUCTOR)
    .input(memberInput)
    .mutation(async ({ ctx, input }) => {
      await guardLastInstructor(ctx.db, input.courseId, input.userId, null);
      const removed = await ctx.db.enrollment.delete({
        where: { userId_courseId: { userId: input.userId, courseId: input.courseId } },
      });
      if (removed.role === "STUDENT") await rebuildDashboardStats(ctx.db, input.courseId);
      return { ok: true as const };
    }),

  regenerateJoinCode: courseProcedure(INSTRUCTOR).mutation(async ({ ctx, input }) => {
    const course = await ctx.db.course.update({ where: { id: input.courseId }, data: { joinCode: newJoinCode() } });
    return { joinCode: course.joinCode };
  }),
});

/** A course must keep at least one instructor, or nobody could manage it again. */
async function guardLastInstructor(
  db: Db,
  courseId: string,
  userId: string,
  newRole: string | null,
) {
  if (newRole === "INSTRUCTOR") return;
  const current = await db.enrollment.findUnique({ where: { userId_courseId: { userId, courseId } } });
  if (!current) throw new TRPCError({ code: "NOT_FOUND", message: "userId: not a member of this course" });
  if (current.role !== "INSTRUCTOR") return;
  const instructors = await db.enrollment.count({ where: { courseId, role: "INSTRUCTOR" } });
  if (instructors <= 1) throw new TRPCError({ code: "BAD_REQUEST", message: "userId: the last instructor cannot leave" });
}
