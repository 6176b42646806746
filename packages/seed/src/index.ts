// Demo data for a first start: accounts, two courses, quizzes over the grader's question bank
// and graded past attempts. Idempotent: running it again changes nothing.
import { rebuildDashboardStats } from "@heapwise/api";
import type { Db } from "@heapwise/db";
import { seedAttempt } from "./attempts";
import { loadBank } from "./bank";
import { DEMO_COURSES, DEMO_QUIZZES } from "./data";
import { seedCourses, seedQuestions, seedQuiz, seedUsers } from "./structure";

export { DEMO_ACCOUNTS, DEMO_COURSES, DEMO_PASSWORD, DEMO_QUIZZES } from "./data";

export interface SeedOptions {
  /** The moment quiz windows and past attempts are placed around (default: now). */
  now?: Date;
  /** Where notes go (attempts left out because a question could not be prepared). */
  warn?: (message: string) => void;
}

export interface SeedSummary {
  attemptsCreated: number;
  attemptsSkipped: number;
}

export async function seed(db: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  const warn = options.warn ?? ((m: string) => console.warn(`seed: ${m}`));
  const bank = loadBank();
  const users = await seedUsers(db);
  await seedCourses(db, users);
  const summary: SeedSummary = { attemptsCreated: 0, attemptsSkipped: 0 };
  for (const course of DEMO_COURSES) {
    const questions = await seedQuestions(db, course.id, bank, users.get("instructor")!);
    const createdBefore = summary.attemptsCreated;
    for (const quiz of DEMO_QUIZZES.filter((q) => q.courseId === course.id)) {
      const items = await seedQuiz(db, quiz, questions, now);
      for (const attempt of quiz.attempts) {
        const result = await seedAttempt(db, quiz, items, users.get(attempt.student)!, attempt, now);
        if (result === "created") summary.attemptsCreated++;
        else if (result !== "exists") {
          summary.attemptsSkipped++;
          warn(`left out ${attempt.student}'s attempt at "${quiz.title}": ${result}`);
        }
      }
    }
    // The dashboards read aggregates the API keeps on submit; seeded responses bypass it.
    if (summary.attemptsCreated > createdBefore) await rebuildDashboardStats(db, course.id);
  }
  return summary;
}
