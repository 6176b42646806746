// Instructor journey end to end against the built app (`node scripts/start.mjs --e2e`, seeded data):
// create a course, author one question of every kind by pointing at code and simulated memory (one
// of them a template whose variant preview is checked), publish a quiz of all seven; the seeded
// student joins and answers some right and some wrong; the instructor finds the attempt on the
// dashboards with the misconception counts those answers show, and checks both CSV exports.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, screenshot, signIn, trpc } from "./helpers";
import { authorQuestion, parseCsv, QUESTIONS, type Kind } from "./instructor-questions";

// student5 is used by no other spec (the specs run in parallel on one seeded database).
const STUDENT = "student5@heapwise.dev";
const KINDS = Object.keys(QUESTIONS) as Kind[];
const QUIZ = "Week 1";

/**
 * What the student answers per kind, and the misconception (catalogue title, as the page shows it:
 * its `code` spans drawn without backticks) the grade should show.
 * Right: alive, refcount (read off the student's own variant), output is wrong without a misconception.
 */
const ANSWERS: Record<Kind, { answer: (view: { program: string }) => unknown; misconception?: string }> = {
  "where-lives": {
    answer: () => ({ places: { i1: { place: "frame", frame: "make" }, i2: { place: "frame", frame: "make" } } }),
    misconception: "Objects live inside the function that made them",
  },
  "when-freed": { answer: () => ({ freed: "line", line: 6, execution: 1 }), misconception: "del destroys the object" },
  alive: { answer: () => ({ alive: ["i1"] }) },
  // [a] * k holds k references: the list has k + 2 (a, holder and the k slots).
  refcount: { answer: (view) => ({ count: Number(/\] \* (\d+)/.exec(view.program)?.[1]) + 2 }) },
  "draw-memory": {
    answer: () => ({
      frames: [{ function: "<module>", bindings: [{ name: "xs", target: "L" }, { name: "ys", target: "M" }] }],
      objects: [
        { id: "L", type: "list", refs: [{ label: "[0]", target: "one" }, { label: "[1]", target: "two" }] },
        { id: "M", type: "list", refs: [{ label: "[0]", target: "one" }, { label: "[1]", target: "two" }] },
        { id: "one", type: "int", value: "1" },
        { id: "two", type: "int", value: "2" },
      ],
    }),
    misconception: "Assignment copies the object",
  },
  output: { answer: () => ({ output: "[1, 2]\n" }) },
  identity: { answer: () => ({ answers: { i1: "same", i2: "same", i3: "not-seen" } }), misconception: "is compares values" },
};
const FULLY_RIGHT: Kind[] = ["alive", "refcount"];

test.describe.configure({ mode: "serial" });
test.use({ permissions: ["clipboard-read", "clipboard-write"], actionTimeout: 15_000 });

/** Shared by the serial tests below: each builds on what the previous one created. */
const state = { courseUrl: "", joinCode: "", quizId: "", templateUrl: "", score: 0, maxScore: 0 };

/** A tRPC call that must succeed; returns its data. */
async function call<T>(page: Page, path: string, input: unknown, kind: "query" | "mutation" = "mutation"): Promise<T> {
  const res = await trpc(page, path, input, kind);
  expect(res.error, `${path}: ${JSON.stringify(res.error)}`).toBeUndefined();
  return res.data as T;
}

test("instructor creates a course and authors one question of every kind", async ({ page }) => {
  test.setTimeout(150_000);
  await signIn(page, ACCOUNTS.instructor);
  await page.goto("/instructor");
  await expect(page.getByRole("heading", { name: "Teaching" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Course name").fill(`Memory ${Date.now()}`);
  await page.getByLabel("Term").fill("Spring 2027");
  await page.getByRole("button", { name: "Create course" }).click();
  await page.waitForURL(/\/instructor\/courses\/[^/]+$/);
  state.courseUrl = new URL(page.url()).pathname;

  await page.getByRole("link", { name: "People" }).click();
  state.joinCode = (await page.getByTestId("join-code").textContent())?.trim() ?? "";
  expect(state.joinCode.length).toBeGreaterThanOrEqual(4);
  await expectAccessible(page);

  for (const kind of KINDS) {
    const url = await test.step(`author ${kind}`, () => authorQuestion(page, state.courseUrl, kind));
    if (kind === "refcount") state.templateUrl = url;
  }

  await page.goto(`${state.courseUrl}/questions`);
  for (const kind of KINDS) await expect(page.getByRole("link", { name: QUESTIONS[kind].title, exact: true })).toBeVisible();
  await expectAccessible(page);
});

test("instructor builds and publishes a quiz of all seven questions", async ({ page }) => {
  await signIn(page, ACCOUNTS.instructor);
  await page.goto(`${state.courseUrl}/quizzes`);
  await page.getByLabel("Quiz title").fill(QUIZ);
  await page.getByRole("button", { name: "Create quiz" }).click();
  await page.waitForURL(/\/quizzes\/[^/]+$/);
  state.quizId = new URL(page.url()).pathname.split("/").pop() ?? "";
  for (const kind of KINDS) {
    await page.getByLabel("Add a question from the bank").selectOption({ label: `${QUESTIONS[kind].title} — ${kind}` });
    await page.getByRole("button", { name: "Add question" }).click();
  }
  await expect(page.getByTestId("quiz-items").getByRole("listitem")).toHaveCount(KINDS.length);
  await expect(page.getByText(/Opens \(.+\)/)).toBeVisible();
  await page.getByRole("button", { name: "Save quiz" }).click();
  await expect(page.getByText("Quiz saved.")).toBeVisible();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Quiz published.")).toBeVisible();
  await expectAccessible(page);
});

test("the student joins and answers some right and some wrong", async ({ browser }) => {
  const context = await browser.newContext();
  const student = await context.newPage();
  await signIn(student, STUDENT);
  await call(student, "course.join", { joinCode: state.joinCode });
  const { attemptId } = await call<{ attemptId: string }>(student, "attempt.start", { quizId: state.quizId });
  const attempt = await call<{ items: { quizItemId: string; kind: Kind; view: { program: string } }[] }>(student, "attempt.get", { attemptId }, "query");
  expect(attempt.items.map((i) => i.kind).sort()).toEqual([...KINDS].sort());
  const submitted = await call<{ score: number; maxScore: number }>(student, "attempt.submit", {
    attemptId,
    idempotencyKey: `e2e-${Date.now()}-instructor`,
    answers: attempt.items.map((i) => ({ quizItemId: i.quizItemId, answer: ANSWERS[i.kind].answer(i.view) })),
  });
  await context.close();
  expect(submitted.maxScore).toBe(KINDS.length);
  expect(submitted.score).toBeGreaterThanOrEqual(FULLY_RIGHT.length);
  expect(submitted.score).toBeLessThan(KINDS.length);
  Object.assign(state, { score: submitted.score, maxScore: submitted.maxScore });
});

test("the dashboards show the attempt and its misconception counts", async ({ page }) => {
  await signIn(page, ACCOUNTS.instructor);
  await page.goto(state.courseUrl);
  await expect(page.getByTestId("recent-activity")).toContainText(QUIZ, { timeout: 30_000 });
  // Scores are shown to two decimals.
  await expect(page.getByTestId("recent-activity")).toContainText(`${Math.round(state.score * 100) / 100} / ${state.maxScore}`);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Analysis" }).click();
  const heatmap = page.getByTestId("heatmap");
  await expect(heatmap).toBeVisible();
  const columns = await heatmap.locator("thead th").allTextContents();
  const expected = KINDS.filter((k) => ANSWERS[k].misconception);
  // Exactly one row per misconception shown, each counted once, under its own question only.
  await expect(heatmap.locator("tbody tr")).toHaveCount(expected.length);
  for (const kind of expected) {
    const cells = heatmap.getByRole("row", { name: ANSWERS[kind].misconception }).getByRole("cell");
    const texts = await cells.allTextContents();
    const column = columns.indexOf(QUESTIONS[kind].title) - 1;
    expect(texts, `heatmap row ${ANSWERS[kind].misconception}`).toEqual(texts.map((_, i) => (i === column || i === texts.length - 1 ? "1" : "0")));
  }
  const analysis = page.getByTestId("question-analysis");
  for (const kind of KINDS) {
    const row = analysis.getByRole("row", { name: new RegExp(`^${escape(QUESTIONS[kind].title)}`) });
    await expect(row.getByRole("cell").nth(2)).toHaveText("1");
    await expect(row.getByRole("cell").nth(4)).toHaveText(FULLY_RIGHT.includes(kind) ? "100%" : "0%");
    const misconception = ANSWERS[kind].misconception;
    if (misconception) await expect(row).toContainText(`${misconception}: 1`);
  }
  await expectAccessible(page);
  await screenshot(page, "instructor-analysis");

  // The student's drill-down lists every misconception their answers showed, once each.
  await page.getByRole("link", { name: "People" }).click();
  await page.getByRole("row", { name: new RegExp(escape(STUDENT)) }).getByRole("link").first().click();
  await page.waitForURL(/\/students\/[^/]+$/);
  const held = page.getByRole("region", { name: "Misconceptions" }).getByRole("listitem");
  await expect(held).toHaveCount(expected.length);
  for (const kind of expected) await expect(held.filter({ hasText: ANSWERS[kind].misconception })).toContainText("shown 1 time");
  await expect(page.getByText(`${QUIZ} — attempt 1`)).toBeVisible();
  await expectAccessible(page);
});

test("the gradebook and attempts CSV hold the attempt", async ({ page }) => {
  await signIn(page, ACCOUNTS.instructor);
  await page.goto(state.courseUrl);
  const [header = [], possible = [], ...rows] = parseCsv(await download(page, "Download gradebook (CSV)"));
  const quizColumn = header.indexOf(`${QUIZ} (${state.quizId})`);
  expect(quizColumn, `gradebook header: ${header.join(" | ")}`).toBeGreaterThan(2);
  expect(possible[0]).toBe("Points Possible");
  expect(Number(possible[quizColumn])).toBe(KINDS.length);
  const studentRow = rows.find((r) => r[header.indexOf("Email")] === STUDENT);
  expect(studentRow, `gradebook has a row for ${STUDENT}`).toBeDefined();
  expect(Number(studentRow?.[quizColumn])).toBeCloseTo(state.score, 1);
  expect(Number(studentRow?.[header.indexOf("Total Possible")])).toBe(KINDS.length);

  // Attempts: one row per response, with its kind, score and misconception ids.
  const [head = [], ...responses] = parseCsv(await download(page, "Download attempts (CSV)"));
  const col = (name: string) => head.indexOf(name);
  const mine = responses.filter((r) => r[col("email")] === STUDENT && r[col("quiz_id")] === state.quizId);
  expect(mine.map((r) => r[col("kind")]).sort()).toEqual([...KINDS].sort());
  const byKind = new Map(mine.map((r) => [r[col("kind")] as Kind, r]));
  for (const kind of FULLY_RIGHT) expect(Number(byKind.get(kind)?.[col("score")])).toBe(Number(byKind.get(kind)?.[col("max_score")]));
  expect(byKind.get("output")?.[col("score")]).toBe("0");
  for (const kind of KINDS) expect(byKind.get(kind)?.[col("misconceptions")] !== "", `${kind} misconceptions`).toBe(Boolean(ANSWERS[kind].misconception));
  const total = mine.reduce((sum, r) => sum + Number(r[col("score")]), 0);
  expect(total).toBeCloseTo(state.score, 1);
});

test("a question in use shows its attempts; saving makes a new version the attempt does not follow", async ({ page }) => {
  await signIn(page, ACCOUNTS.instructor);
  await page.goto(state.templateUrl);
  await expect(page.getByTestId("attempt-count")).toContainText("1 attempt answered this question");
  await page.getByLabel("Parameter 2 maximum").fill("5");
  await expect(page.getByTestId("variant-summary")).toHaveText("6 of 6 sampled variants are valid.");
  await page.getByRole("button", { name: "Save new version" }).click();
  await expect(page.getByText("Saved as version 2.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit question (version 2)");

  await page.goto(state.courseUrl);
  const [head = [], ...responses] = parseCsv(await download(page, "Download attempts (CSV)"));
  const refcount = responses.find((r) => r[head.indexOf("email")] === STUDENT && r[head.indexOf("kind")] === "refcount");
  expect(refcount?.[head.indexOf("question_version")]).toBe("1");
});

test("instructor pages reflow on a 390px phone", async ({ page }) => {
  await signIn(page, ACCOUNTS.instructor);
  await page.setViewportSize({ width: 390, height: 844 });
  const { courseUrl, quizId } = state;
  for (const path of [courseUrl, `${courseUrl}/analysis`, `${courseUrl}/quizzes/${quizId}`, `${courseUrl}/questions/new`, state.templateUrl]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
    expect(overflow, `${path} scrolls sideways at 390px`).toBeLessThanOrEqual(0);
  }
});

async function download(page: Page, link: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  return readFile((await file.path()) ?? "", "utf8");
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
