/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser; the tests package itself compiles for Node.)
// A seeded newcomer joins CS102 by its code, takes the every-kind lab quiz (some answers right,
// some wrong), keeps drafts across a reload and a lost connection, submits twice but records one
// attempt, then reads feedback naming a misconception and replays the program at that step.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, screenshot, signIn, trpc } from "./helpers";

const QUIZ_ID = "seed-quiz-cs102-lab";
const QUIZ_TITLE = "Lab check: every question kind";

test.describe.configure({ mode: "serial" });

let page: Page;
let attemptId = "";
// Attempts before this run (0 on the fresh e2e database; more when re-run against a kept server).
let attemptsBefore = 0;

test.beforeAll(async ({ browser }) => {
  page = await (await browser.newContext()).newPage();
  await signIn(page, ACCOUNTS.newcomer);
});
test.afterAll(async () => page.context().close());

const question = (kind: string): Locator => page.locator(`[data-testid="question"][data-kind="${kind}"]`);

test("joins a course by code and starts the quiz", async () => {
  await expect(page).toHaveURL(/\/student$/);
  await expectAccessible(page);
  await page.getByLabel("Join code").fill("HEAP202");
  await page.getByRole("button", { name: "Join course" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Joined" })).toBeVisible();
  attemptsBefore = ((await trpc(page, "attempt.mine", { quizId: QUIZ_ID }, "query")).data as unknown[]).filter(
    (a) => (a as { submittedAt: unknown }).submittedAt,
  ).length;
  const row = page.getByTestId("quiz-row").filter({ hasText: QUIZ_TITLE });
  await expect(row).toContainText("open");
  await row.getByRole("button", { name: new RegExp(`(Start|Resume) ${QUIZ_TITLE}`) }).click();
  await page.waitForURL(/\/student\/attempts\/[^/]+$/);
  attemptId = page.url().split("/").pop()!;
  await expect(page.getByRole("heading", { name: QUIZ_TITLE })).toBeVisible();
  await expect(page.getByTestId("question")).toHaveCount(7);
});

test("answers every kind and keeps drafts over a reload and a lost connection", async () => {
  // where-lives (keyboard alternative: one select per item) — all right.
  const where = question("where-lives");
  await where.getByLabel("Where does the name x live?").selectOption("frame:add");
  await where.getByLabel("Where does the value of x live?").selectOption("heap");
  await where.getByLabel("Where does the name total live?").selectOption("cell");
  await where.getByLabel("Where does the name counter live?").selectOption("global");
  await where.getByLabel("Where does the value of adder live?").selectOption("heap");

  // output — right.
  await question("output").getByLabel(/What does the program print/).fill("in f\ndel a\nafter f\ndel b\nend\ndel c\n");
  await expect(page.getByTestId("save-state")).toContainText("All changes saved");

  await page.reload();
  await expect(question("where-lives").getByLabel("Where does the name total live?")).toHaveValue("cell");
  await expect(question("output").getByLabel(/What does the program print/)).toHaveValue(/del c/);

  // Offline: the change stays on the device and reaches the server after the reload.
  await page.context().setOffline(true);
  await question("alive").getByLabel("the first Box made in the loop").check();
  await question("alive").getByLabel("the Box bound to keep in make").check();
  await expect(page.getByTestId("save-state")).toContainText("Offline", { timeout: 15_000 });
  await page.context().setOffline(false);
  await page.reload();
  await expect(question("alive").getByLabel("the Box bound to keep in make")).toBeChecked();

  // when-freed — wrong on purpose: `del kept` (line 15) does not free it, `other = None` does.
  const freed = question("when-freed");
  await freed.locator(".cm-line").nth(14).click();
  await expect(freed.getByLabel("Line", { exact: true })).toHaveValue("15");

  // refcount — wrong on purpose: counting only names misses the dict and list slots.
  await question("refcount").getByLabel(/Reference count/).fill("1");

  // draw-memory — a partial picture built with the keyboard controls.
  const draw = question("draw-memory");
  await draw.getByRole("button", { name: "+ Object" }).click();
  await draw.getByLabel("Type").fill("list");
  await draw.getByLabel("Value").fill("[10, 20, 300]");
  await draw.getByRole("button", { name: "+ Name" }).click();
  await draw.getByLabel("Name 1 in global frame").fill("nums");
  await draw.getByLabel("What nums refers to").selectOption("o1");
  await draw.getByRole("button", { name: "+ Object" }).click();
  await draw.getByRole("button", { name: "↶ Undo" }).click();
  await expect(draw.getByText("Object o2")).toHaveCount(0);

  // identity — a and b are the same object; mutating c is not seen through a.
  const identity = question("identity");
  await identity.locator("fieldset").filter({ hasText: /^a and b are/ }).getByLabel("the same object (is)").check();
  await identity.locator("fieldset").filter({ hasText: /If c is changed in place/ }).getByLabel("the change is not visible").check();

  await expect(page.getByTestId("save-state")).toContainText("All changes saved");
  await expectAccessible(page);
  await screenshot(page, "quiz");

  // On a 390px phone the page does not scroll sideways (code and diagrams scroll in their boxes).
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  await expect(page.getByRole("button", { name: "Submit answers" })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
});

test("a double submit records one attempt", async () => {
  const key = await page.evaluate((id) => JSON.parse(localStorage.getItem(`heapwise:draft:${id}`) ?? "{}").key as string, attemptId);
  expect(key).toBeTruthy();
  await page.getByRole("button", { name: "Submit answers" }).dblclick();
  await page.waitForURL(/\/result$/);
  // A retried request with the same key returns the recorded attempt instead of a new one.
  const retry = await trpc(page, "attempt.submit", { attemptId, idempotencyKey: key });
  expect(retry.status).toBe(200);
  expect((retry.data as { attemptId: string }).attemptId).toBe(attemptId);
  const mine = await trpc(page, "attempt.mine", { quizId: QUIZ_ID }, "query");
  const submitted = (mine.data as { submittedAt: unknown }[]).filter((a) => a.submittedAt);
  expect(submitted.length).toBe(attemptsBefore + 1);
});

test("feedback names the misconception and the replay opens at its step", async () => {
  await expect(page.getByTestId("total-score")).toContainText("Score");
  const items = page.getByTestId("result-item");
  await expect(items).toHaveCount(7);
  await expect(page.getByTestId("misconception").first()).toBeVisible();

  const res = await trpc(page, "attempt.result", { attemptId }, "query");
  const result = res.data as { score: number; maxScore: number; items: { kind: string; score: number; maxScore: number; replayStep: number | null; misconceptions: unknown[] }[] };
  expect(result.score).toBeGreaterThan(0);
  expect(result.score).toBeLessThan(result.maxScore);
  const refcount = result.items.findIndex((i) => i.kind === "refcount");
  expect(result.items[refcount]!.misconceptions.length).toBeGreaterThan(0);

  const item = items.nth(refcount);
  await expect(item.getByTestId("misconception")).toBeVisible();
  await item.getByRole("button", { name: "Replay the program" }).click();
  const replay = item.getByTestId("replay");
  await expect(replay).toBeVisible();
  await expect(replay).toHaveAttribute("data-step", String(result.items[refcount]!.replayStep ?? 0));
  // Stepping works from the keyboard once the replay is on screen.
  await page.keyboard.press("ArrowRight");
  await expect(replay).toHaveAttribute("data-step", String((result.items[refcount]!.replayStep ?? 0) + 1));
  await expectAccessible(page);
  await screenshot(page, "feedback");
});

test("progress lists the attempt and the misconceptions shown", async () => {
  await page.getByRole("link", { name: "Progress" }).click();
  await expect(page.getByRole("heading", { name: "My progress" })).toBeVisible();
  await expect(page.getByRole("link", { name: QUIZ_TITLE })).toBeVisible();
  await expect(page.getByTestId("progress-misconception").first()).toBeVisible();
  await expectAccessible(page);
});
