// Shared set-up for the api integration tests: a fresh migrated PostgreSQL database per test file,
// users created with Prisma, and tRPC callers acting as those users (the real routers, no mocks).
import { randomUUID } from "node:crypto";
import { appRouter, createCaller, createContext, type SessionUser } from "@heapwise/api";
import type { Db } from "@heapwise/db";
import { freshDatabase } from "../helpers/database";

export type TestDb = { db: Db; url: string; close(): Promise<void> };

/** A fresh migrated database for one test file (cloned from db-auth's template). */
export async function openTestDb(_label: string): Promise<TestDb> {
  const { url, db, drop } = await freshDatabase("migrated");
  return { db, url, close: drop };
}

export async function makeUser(db: Db, role: SessionUser["role"], name: string): Promise<SessionUser> {
  const user = await db.user.create({
    data: { email: `${name.toLowerCase().replace(/\W+/g, ".")}.${randomUUID().slice(0, 8)}@test.heapwise`, name, role },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** A caller acting as `user` (null: signed out), optionally on a moved server clock. */
export function as(db: Db, user: SessionUser | null, now?: () => Date) {
  return createCaller(createContext({ db, session: user ? { user } : null, now }));
}

export { appRouter };

/** An "output" question: the grader derives the key by running the program. */
export function outputQuestion(title: string, program: string, tags: string[] = []) {
  return { formatVersion: 1, kind: "output", title, prompt: "What does this program print?", program, tags };
}

export const PROGRAMS = {
  // Key: "2\ndone"
  len: 'x = [1, 2]\nprint(len(x))\nprint("done")\n',
  // Key: "False"; answering "True" shows the is-vs-== misconception.
  identity: "a = [1]\nb = [1]\nprint(a is b)\n",
};

export const ANSWERS = {
  lenRight: { output: "2\ndone\n" },
  lenHalf: { output: "3\ndone\n" },
  identityRight: { output: "False\n" },
  identityWrong: { output: "True\n" },
};

export type CourseFixture = Awaited<ReturnType<typeof courseWithQuiz>>;

/**
 * An instructor, a TA and `students` students in one course, two output questions and a published
 * quiz with both (points 2 and 3). Quiz settings can be overridden.
 */
export async function courseWithQuiz(
  db: Db,
  opts: { students?: number; quiz?: Record<string, unknown>; title?: string } = {},
) {
  const instructor = await makeUser(db, "INSTRUCTOR", "Ida Instructor");
  const ta = await makeUser(db, "STUDENT", "Tom TA");
  const students: SessionUser[] = [];
  for (let i = 0; i < (opts.students ?? 2); i++) students.push(await makeUser(db, "STUDENT", `Student ${i + 1}`));
  const teacher = as(db, instructor);
  const course = await teacher.course.create({ name: opts.title ?? "Memory 101", term: "Spring" });
  for (const s of [ta, ...students]) await as(db, s).course.join({ joinCode: course.joinCode });
  await teacher.course.setRole({ courseId: course.id, userId: ta.id, role: "TA" });
  const q1 = await teacher.question.create({ courseId: course.id, definition: outputQuestion("Length", PROGRAMS.len, ["lists"]) });
  const q2 = await teacher.question.create({ courseId: course.id, definition: outputQuestion("Identity", PROGRAMS.identity, ["is"]) });
  const quiz = await teacher.quiz.create({
    courseId: course.id,
    title: "Quiz 1",
    attemptsAllowed: 3,
    feedbackRelease: "IMMEDIATE",
    mode: "GRADED",
    opensAt: new Date(Date.now() - 3_600_000),
    closesAt: new Date(Date.now() + 3_600_000),
    ...opts.quiz,
    items: [
      { questionId: q1.id, points: 2 },
      { questionId: q2.id, points: 3 },
    ],
  });
  await teacher.quiz.publish({ quizId: quiz.id });
  const items = (await teacher.quiz.get({ quizId: quiz.id })).items;
  return { instructor, ta, students, courseId: course.id, joinCode: course.joinCode, quizId: quiz.id, questionIds: [q1.id, q2.id], items };
}

/** Starts an attempt as `user`, answers both items, submits with a fresh key. */
export async function takeQuiz(db: Db, user: SessionUser, fx: CourseFixture, answers: [unknown, unknown]) {
  const caller = as(db, user);
  const { attemptId } = await caller.attempt.start({ quizId: fx.quizId });
  for (const [i, item] of fx.items.entries()) {
    await caller.attempt.saveDraft({ attemptId, quizItemId: item.id, answer: answers[i] });
  }
  return caller.attempt.submit({ attemptId, idempotencyKey: randomUUID() });
}
