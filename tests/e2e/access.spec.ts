import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAccessible, signIn, trpc } from "./helpers";

const CLOSED_QUIZ = "seed-quiz-cs101-names";
const OTHER_COURSE_QUIZ = "seed-quiz-cs102-lab";

test("a closed quiz offers no start and the server refuses it", async ({ page }) => {
  await signIn(page, ACCOUNTS.student);
  const row = page.getByTestId("quiz-row").filter({ hasText: "Quiz 1: Names and objects" });
  await expect(row).toContainText("closed");
  await expect(row.getByRole("button", { name: /Start|Resume/ })).toHaveCount(0);
  await expectAccessible(page);
  const res = await trpc(page, "attempt.start", { quizId: CLOSED_QUIZ });
  expect(res.status).toBe(403);
  expect(res.error?.message).toContain("closed");
});

test("a student outside a course gets 403 from its procedures", async ({ page }) => {
  await signIn(page, ACCOUNTS.other);
  const res = await trpc(page, "attempt.start", { quizId: OTHER_COURSE_QUIZ });
  expect(res.status).toBe(403);
});

test("a student cannot open another student's attempt", async ({ browser }) => {
  // The owner finds their result link; a classmate then tries that URL and the API.
  const ownerCtx = await browser.newContext();
  const owner = await ownerCtx.newPage();
  await signIn(owner, ACCOUNTS.other);
  const res = await trpc(owner, "attempt.mine", {}, "query");
  const attempts = res.data as { id: string; submittedAt: string | null }[];
  const submitted = attempts.find((a) => a.submittedAt);
  expect(submitted, "the seed gives student2 a submitted attempt").toBeTruthy();
  await ownerCtx.close();

  const intruderCtx = await browser.newContext();
  const intruder = await intruderCtx.newPage();
  await signIn(intruder, ACCOUNTS.student);
  for (const path of [`/student/attempts/${submitted!.id}`, `/student/attempts/${submitted!.id}/result`]) {
    const response = await intruder.goto(path);
    expect([403, 404]).toContain(response?.status());
    await expect(intruder.getByRole("heading", { name: /403|Not found/ })).toBeVisible();
  }
  await expectAccessible(intruder);
  const api = await trpc(intruder, "attempt.result", { attemptId: submitted!.id }, "query");
  expect([403, 404]).toContain(api.status);
  await intruderCtx.close();
});

test("a quiz that closes during an attempt refuses the submit on the server's clock", async ({ browser }) => {
  // The instructor publishes a one-question quiz that is open now.
  const staffCtx = await browser.newContext();
  const staff = await staffCtx.newPage();
  await signIn(staff, ACCOUNTS.instructor);
  const bank = (await trpc(staff, "question.list", { courseId: "seed-course-cs101", kind: "output" }, "query")).data as { id: string }[];
  expect(bank.length).toBeGreaterThan(0);
  const title = `Closes mid-attempt ${Date.now()}`;
  const opensAt = new Date(Date.now() - 60_000);
  const created = await trpc(staff, "quiz.create", {
    courseId: "seed-course-cs101", title, opensAt, closesAt: new Date(Date.now() + 3_600_000),
    attemptsAllowed: 1, feedbackRelease: "IMMEDIATE", mode: "GRADED", items: [{ questionId: bank[0]!.id, points: 1 }],
  });
  expect(created.status).toBe(200);
  const quizId = (created.data as { id: string }).id;
  expect((await trpc(staff, "quiz.publish", { quizId })).status).toBe(200);

  // A student starts it and answers.
  const studentCtx = await browser.newContext();
  const page = await studentCtx.newPage();
  await signIn(page, ACCOUNTS.student);
  await page.getByTestId("quiz-row").filter({ hasText: title }).getByRole("button", { name: new RegExp(`Start ${title}`) }).click();
  await page.waitForURL(/\/student\/attempts\/[^/]+$/);
  await page.getByLabel(/What does the program print/).fill("anything\n");

  // The quiz closes before the student submits: the server refuses and nothing is recorded.
  expect((await trpc(staff, "quiz.update", { quizId, closesAt: new Date(Date.now() - 1_000) })).status).toBe(200);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "quiz closed" })).toBeVisible();
  const mine = (await trpc(page, "attempt.mine", { quizId }, "query")).data as { submittedAt: unknown }[];
  expect(mine.filter((a) => a.submittedAt)).toHaveLength(0);
  await Promise.all([staffCtx.close(), studentCtx.close()]);
});
