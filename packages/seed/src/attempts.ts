// Past attempts, graded exactly as the API grades a submission (its gradeItem): variant seed from
// variantSeed(version, user, attempt number), graded on the item's points.
import type { Db, Prisma } from "@heapwise/db";
import { gradeItem as gradeOnServer } from "@heapwise/api";
import { prepareQuestion, variantSeed } from "@heapwise/grader";
import { answersCorrectly, keyAnswer, wrongAnswer } from "./answers";
import { daysFrom, type DemoAttempt, type DemoQuiz } from "./data";
import type { SeededItem } from "./structure";

const round = (n: number): number => Math.round(n * 1000) / 1000;

type ResponseRow = Omit<Prisma.ResponseCreateManyInput, "attemptId">;

function responseFor(item: SeededItem, position: number, userId: string, a: DemoAttempt): ResponseRow | string {
  const q = item.question.bank.definition;
  const seed = variantSeed(item.question.versionId, userId, a.number);
  const prepared = prepareQuestion(q, { seed });
  if (!prepared.ok) return `${item.question.bank.slug}: ${prepared.errors.map((e) => e.message).join("; ")}`;
  const right = keyAnswer(q.kind, prepared.key);
  const answer = answersCorrectly(a.student, position, a.number) ? right : wrongAnswer(q, right);
  const graded = gradeOnServer({ points: item.points, questionVersion: { definition: q } }, answer, seed);
  return {
    quizItemId: item.id,
    questionVersionId: item.question.versionId,
    seed,
    answer: answer as Prisma.InputJsonValue,
    score: graded.score,
    maxScore: graded.maxScore,
    feedback: graded.feedback as unknown as Prisma.InputJsonValue,
    misconceptions: graded.misconceptions,
  };
}

/**
 * Creates one submitted attempt unless its idempotency key exists. Returns a reason when the
 * grader cannot prepare a question (the attempt is then left out, and made on a later run).
 */
export async function seedAttempt(db: Db, quiz: DemoQuiz, items: SeededItem[], userId: string, a: DemoAttempt, now: Date): Promise<"created" | "exists" | string> {
  const idempotencyKey = `seed:${quiz.id}:${a.student}:${a.number}`;
  if (await db.attempt.findUnique({ where: { idempotencyKey }, select: { id: true } })) return "exists";
  const responses: ResponseRow[] = [];
  for (const [index, item] of items.entries()) {
    const row = responseFor(item, index, userId, a);
    if (typeof row === "string") return row;
    responses.push(row);
  }
  const startedAt = daysFrom(now, a.startedDay);
  await db.attempt.create({
    data: {
      quizId: quiz.id,
      userId,
      number: a.number,
      idempotencyKey,
      startedAt,
      submittedAt: new Date(startedAt.getTime() + 18 * 60 * 1000),
      score: round(responses.reduce((n, r) => n + r.score, 0)),
      maxScore: responses.reduce((n, r) => n + r.maxScore, 0),
      responses: { createMany: { data: responses } },
    },
  });
  return "created";
}
