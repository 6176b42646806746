import type { Db } from "@heapwise/db";

// A large course generated inside PostgreSQL (generate_series), so seeding 60,000 attempts takes
// seconds: 500 students, 40 questions, 40 published quizzes of 5 questions each, and 3 submitted
// attempts per student per quiz (60,000 attempts, 300,000 graded responses).

export const BENCH = { courseId: "bench-course", students: 500, questions: 40, quizzes: 40, perQuiz: 5, attempts: 3 };

const WRONG_ANSWERS = ['{"output":"True\\n"}', '{"output":"1\\n2\\n"}', '{"output":"None\\n"}', '{"output":"[1, 2]\\n"}'];
const MISCONCEPTIONS = ["is-equals", "del-destroys", "gc-later", "return-frees", "scope-end-frees", "small-int-new"];

export async function seedBench(db: Db): Promise<void> {
  const { courseId, students, questions, quizzes, perQuiz, attempts } = BENCH;
  const definition = JSON.stringify({
    formatVersion: 1, kind: "output", title: "Bench", prompt: "What does this print?", program: "print(1)\n", tags: [],
  });
  const steps: string[] = [
    `INSERT INTO "User"(id, email, name, role) VALUES ('bench-teacher', 'teacher@bench.heapwise', 'Bench Teacher', 'INSTRUCTOR')`,
    `INSERT INTO "User"(id, email, name, role)
       SELECT 'bench-u' || i, 'student' || i || '@bench.heapwise', 'Student ' || lpad(i::text, 3, '0'), 'STUDENT'
       FROM generate_series(1, ${students}) i`,
    `INSERT INTO "Course"(id, name, term, "joinCode", "createdById") VALUES ('${courseId}', 'Bench course', '2026', 'BENCH0001', 'bench-teacher')`,
    `INSERT INTO "Enrollment"(id, "userId", "courseId", role) VALUES ('bench-e0', 'bench-teacher', '${courseId}', 'INSTRUCTOR')`,
    `INSERT INTO "Enrollment"(id, "userId", "courseId", role)
       SELECT 'bench-e' || i, 'bench-u' || i, '${courseId}', 'STUDENT' FROM generate_series(1, ${students}) i`,
    `INSERT INTO "Question"(id, "courseId", title, kind, tags)
       SELECT 'bench-q' || i, '${courseId}', 'Question ' || i, 'output', ARRAY['tag' || (i % 5)] FROM generate_series(1, ${questions}) i`,
    `INSERT INTO "QuestionVersion"(id, "questionId", version, definition)
       SELECT 'bench-v' || i, 'bench-q' || i, 1, '${definition}'::jsonb FROM generate_series(1, ${questions}) i`,
    `INSERT INTO "Quiz"(id, "courseId", title, "opensAt", "closesAt", "attemptsAllowed", "feedbackRelease", mode, "publishedAt")
       SELECT 'bench-z' || k, '${courseId}', 'Quiz ' || k, now() - interval '30 days' + k * interval '1 day',
              now() - interval '20 days' + k * interval '1 day', ${attempts}, 'IMMEDIATE', 'GRADED', now() - interval '31 days'
       FROM generate_series(1, ${quizzes}) k`,
    `INSERT INTO "QuizItem"(id, "quizId", "questionId", "questionVersionId", position, points)
       SELECT 'bench-i' || k || '-' || p, 'bench-z' || k, 'bench-q' || (1 + (k + p - 1) % ${questions}),
              'bench-v' || (1 + (k + p - 1) % ${questions}), p, 1 + p % 3
       FROM generate_series(1, ${quizzes}) k, generate_series(0, ${perQuiz - 1}) p`,
    `INSERT INTO "Attempt"(id, "quizId", "userId", number, "startedAt", "submittedAt", "idempotencyKey")
       SELECT 'bench-a' || u || '-' || k || '-' || n, 'bench-z' || k, 'bench-u' || u, n,
              now() - interval '30 days' + k * interval '1 day' + n * interval '1 hour',
              now() - interval '30 days' + k * interval '1 day' + n * interval '1 hour' + interval '10 minutes',
              'bench-key-' || u || '-' || k || '-' || n
       FROM generate_series(1, ${students}) u, generate_series(1, ${quizzes}) k, generate_series(1, ${attempts}) n`,
    // Per response: right with a probability that grows with the student's number and the attempt.
    // random() sits in a subquery of its own (OFFSET 0 keeps it from being flattened or memoized).
    `INSERT INTO "Response"(id, "attemptId", "quizItemId", "questionVersionId", seed, answer, score, "maxScore", feedback, misconceptions)
       SELECT 'bench-r' || x.aid || '-' || x.position, x.aid, x.qid, x.vid, 1,
              CASE WHEN x.right THEN '{"output":"1\\n"}'::jsonb ELSE (ARRAY[${WRONG_ANSWERS.map((w) => `'${w}'`).join(",")}])[1 + x.pick % ${WRONG_ANSWERS.length}]::jsonb END,
              CASE WHEN x.right THEN x.points ELSE 0 END, x.points, '{}'::jsonb,
              CASE WHEN x.right THEN ARRAY[]::text[] ELSE ARRAY[(ARRAY[${MISCONCEPTIONS.map((m) => `'${m}'`).join(",")}])[1 + x.pick % ${MISCONCEPTIONS.length}]] END
       FROM (SELECT a.id AS aid, qi.id AS qid, qi."questionVersionId" AS vid, qi.position, qi.points,
                    random() < 0.3 + 0.5 * (substr(a."userId", 8)::int / ${students}.0) + 0.05 * a.number AS right,
                    floor(random() * 1000)::int AS pick
             FROM "Attempt" a JOIN "QuizItem" qi ON qi."quizId" = a."quizId"
             WHERE a.id LIKE 'bench-a%' OFFSET 0) x`,
    `UPDATE "Attempt" a SET score = s.score, "maxScore" = s.max
       FROM (SELECT "attemptId", sum(score) score, sum("maxScore") max FROM "Response" GROUP BY "attemptId") s
       WHERE s."attemptId" = a.id`,
    `ANALYZE`,
  ];
  for (const sql of steps) await db.$executeRawUnsafe(sql);
}
