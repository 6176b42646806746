import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANSWERS, as, courseWithQuiz, makeUser, openTestDb, outputQuestion, PROGRAMS, takeQuiz, type CourseFixture, type TestDb } from "./fixtures";

let t: TestDb;
let fx: CourseFixture;
let other: CourseFixture;

beforeAll(async () => {
  t = await openTestDb("roles");
  fx = await courseWithQuiz(t.db, { students: 2 });
  other = await courseWithQuiz(t.db, { students: 1, title: "Other course" });
});
afterAll(() => t?.close());

const code = (p: Promise<unknown>) => p.then(() => "OK", (e: { code?: string }) => e.code ?? String(e));

describe("role checks on the server", () => {
  it("refuses a signed-out caller", async () => {
    expect(await code(as(t.db, null).course.mine())).toBe("UNAUTHORIZED");
  });

  it("refuses a student calling instructor procedures", async () => {
    const student = as(t.db, fx.students[0]!);
    const courseId = fx.courseId;
    expect(await code(student.course.create({ name: "Mine", term: "" }))).toBe("FORBIDDEN");
    expect(await code(student.course.roster({ courseId }))).toBe("FORBIDDEN");
    expect(await code(student.course.setRole({ courseId, userId: fx.students[0]!.id, role: "INSTRUCTOR" }))).toBe("FORBIDDEN");
    expect(await code(student.course.regenerateJoinCode({ courseId }))).toBe("FORBIDDEN");
    expect(await code(student.question.list({ courseId }))).toBe("FORBIDDEN");
    expect(await code(student.question.create({ courseId, definition: outputQuestion("x", PROGRAMS.len) }))).toBe("FORBIDDEN");
    expect(await code(student.question.get({ questionId: fx.questionIds[0]! }))).toBe("FORBIDDEN");
    expect(await code(student.quiz.create({ courseId, title: "Nope" }))).toBe("FORBIDDEN");
    expect(await code(student.quiz.extendDeadline({ quizId: fx.quizId, userId: fx.students[0]!.id, closesAt: new Date() }))).toBe("FORBIDDEN");
    expect(await code(student.dashboard.overview({ courseId }))).toBe("FORBIDDEN");
    expect(await code(student.dashboard.gradebookCsv({ courseId }))).toBe("FORBIDDEN");
    expect(await code(student.dashboard.student({ courseId, userId: fx.students[1]!.id }))).toBe("FORBIDDEN");
  });

  it("lets a TA see dashboards but not author questions, quizzes or roles", async () => {
    const ta = as(t.db, fx.ta);
    const courseId = fx.courseId;
    expect(await code(ta.dashboard.overview({ courseId }))).toBe("OK");
    expect(await code(ta.dashboard.questionAnalysis({ courseId }))).toBe("OK");
    expect(await code(ta.course.roster({ courseId }))).toBe("OK");
    expect(await code(ta.question.create({ courseId, definition: outputQuestion("x", PROGRAMS.len) }))).toBe("FORBIDDEN");
    expect(await code(ta.question.saveVersion({ questionId: fx.questionIds[0]!, definition: outputQuestion("x", PROGRAMS.len) }))).toBe("FORBIDDEN");
    expect(await code(ta.question.archive({ questionId: fx.questionIds[0]!, archived: true }))).toBe("FORBIDDEN");
    expect(await code(ta.quiz.setItems({ quizId: fx.quizId, items: [] }))).toBe("FORBIDDEN");
    expect(await code(ta.quiz.extendDeadline({ quizId: fx.quizId, userId: fx.students[0]!.id, closesAt: new Date() }))).toBe("FORBIDDEN");
    expect(await code(ta.course.setRole({ courseId, userId: fx.students[0]!.id, role: "TA" }))).toBe("FORBIDDEN");
  });

  it("scopes an instructor to their own courses", async () => {
    const teacher = as(t.db, fx.instructor);
    expect(await code(teacher.dashboard.overview({ courseId: other.courseId }))).toBe("FORBIDDEN");
    expect(await code(teacher.course.roster({ courseId: other.courseId }))).toBe("FORBIDDEN");
    expect(await code(teacher.question.get({ questionId: other.questionIds[0]! }))).toBe("FORBIDDEN");
    expect(await code(teacher.quiz.get({ quizId: other.quizId }))).toBe("FORBIDDEN");
    const mine = await teacher.course.mine();
    expect(mine.map((c) => c.id)).toEqual([fx.courseId]);
  });

  it("never lets a student read another student's attempt", async () => {
    const submitted = await takeQuiz(t.db, fx.students[0]!, fx, [ANSWERS.lenRight, ANSWERS.identityWrong]);
    const peer = as(t.db, fx.students[1]!);
    expect(await code(peer.attempt.get({ attemptId: submitted.attemptId }))).toBe("NOT_FOUND");
    expect(await code(peer.attempt.result({ attemptId: submitted.attemptId }))).toBe("NOT_FOUND");
    const outsider = as(t.db, other.students[0]!);
    expect(await code(outsider.attempt.result({ attemptId: submitted.attemptId }))).toBe("NOT_FOUND");
    // Staff of another course cannot either; staff of this course can.
    expect(await code(as(t.db, other.instructor).attempt.result({ attemptId: submitted.attemptId }))).toBe("NOT_FOUND");
    expect(await code(as(t.db, fx.ta).attempt.result({ attemptId: submitted.attemptId }))).toBe("OK");
    expect(await code(as(t.db, fx.students[0]!).attempt.result({ attemptId: submitted.attemptId }))).toBe("OK");
    const mine = await peer.attempt.mine({});
    expect(mine.find((a) => a.id === submitted.attemptId)).toBeUndefined();
  });

  it("keeps non-members out of a course's quizzes", async () => {
    const outsider = as(t.db, other.students[0]!);
    expect(await code(outsider.quiz.get({ quizId: fx.quizId }))).toBe("FORBIDDEN");
    expect(await code(outsider.attempt.start({ quizId: fx.quizId }))).toBe("FORBIDDEN");
    expect(await code(outsider.quiz.list({ courseId: fx.courseId }))).toBe("FORBIDDEN");
  });

  it("lets a global admin manage any course", async () => {
    const admin = await makeUser(t.db, "ADMIN", "Ada Admin");
    expect(await code(as(t.db, admin).course.roster({ courseId: other.courseId }))).toBe("OK");
  });

  it("keeps the last instructor from being demoted", async () => {
    const teacher = as(t.db, fx.instructor);
    expect(await code(teacher.course.setRole({ courseId: fx.courseId, userId: fx.instructor.id, role: "STUDENT" }))).toBe("BAD_REQUEST");
  });
});
