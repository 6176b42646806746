// Users, courses, enrollments, questions and quizzes. Every row has a fixed id (or a natural
// unique key) and is only ever created, never updated: re-running the seed changes nothing and
// keeps whatever instructors edited since.
import { hashPassword } from "@heapwise/auth";
import type { Db } from "@heapwise/db";
import { pickByKind, type BankQuestion } from "./bank";
import { DEMO_ACCOUNTS, DEMO_COURSES, DEMO_PASSWORD, daysFrom, type DemoQuiz } from "./data";

export async function seedUsers(db: Db): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    const user =
      existing ??
      (await db.user.create({
        data: { email: account.email, name: account.name, role: account.role, passwordHash: await hashPassword(DEMO_PASSWORD) },
        select: { id: true },
      }));
    ids.set(account.key, user.id);
  }
  return ids;
}

export async function seedCourses(db: Db, users: Map<string, string>): Promise<void> {
  const instructorId = users.get("instructor")!;
  for (const c of DEMO_COURSES) {
    await db.course.upsert({
      where: { id: c.id },
      create: { id: c.id, name: c.name, term: c.term, joinCode: c.joinCode, createdById: instructorId },
      update: {},
    });
    for (const [key, role] of c.members) {
      const userId = users.get(key)!;
      await db.enrollment.upsert({
        where: { userId_courseId: { userId, courseId: c.id } },
        create: { userId, courseId: c.id, role },
        update: {},
      });
    }
  }
}

export interface SeededQuestion {
  questionId: string;
  versionId: string;
  bank: BankQuestion;
}

/** Each course gets its own copy of the bank (questions belong to one course). */
export async function seedQuestions(db: Db, courseId: string, bank: BankQuestion[], authorId: string): Promise<Map<string, SeededQuestion>> {
  const seeded = new Map<string, SeededQuestion>();
  for (const q of bank) {
    const questionId = `${courseId}-q-${q.slug}`;
    const versionId = `${questionId}-v1`;
    const d = q.definition;
    await db.question.upsert({
      where: { id: questionId },
      create: { id: questionId, courseId, title: d.title ?? d.prompt.slice(0, 120), kind: d.kind, tags: d.tags, createdById: authorId },
      update: {},
    });
    await db.questionVersion.upsert({
      where: { id: versionId },
      create: { id: versionId, questionId, version: 1, definition: q.raw as object },
      update: {},
    });
    seeded.set(q.slug, { questionId, versionId, bank: q });
  }
  return seeded;
}

export interface SeededItem {
  id: string;
  points: number;
  question: SeededQuestion;
}

export async function seedQuiz(db: Db, quiz: DemoQuiz, questions: Map<string, SeededQuestion>, now: Date): Promise<SeededItem[]> {
  await db.quiz.upsert({
    where: { id: quiz.id },
    create: {
      id: quiz.id,
      courseId: quiz.courseId,
      title: quiz.title,
      opensAt: daysFrom(now, quiz.opensDay),
      closesAt: daysFrom(now, quiz.closesDay),
      attemptsAllowed: quiz.attemptsAllowed,
      feedbackRelease: quiz.feedbackRelease,
      mode: quiz.mode,
      publishedAt: quiz.published ? daysFrom(now, Math.min(quiz.opensDay, 0) - 1) : null,
    },
    update: {},
  });
  const picked = pickByKind([...questions.values()].map((q) => q.bank), quiz.kinds);
  const items: SeededItem[] = [];
  for (const [index, bankQ] of picked.entries()) {
    const question = questions.get(bankQ.slug)!;
    const id = `${quiz.id}-item-${index + 1}`;
    const points = bankQ.definition.kind === "draw-memory" ? 3 : bankQ.definition.kind === "output" ? 2 : 1;
    const item = await db.quizItem.upsert({
      where: { id },
      create: { id, quizId: quiz.id, questionId: question.questionId, questionVersionId: question.versionId, position: index + 1, points },
      update: {},
    });
    items.push({ id: item.id, points: item.points, question });
  }
  return items;
}
