// Instructor journey end to end against the built app (`node scripts/start.mjs --e2e`, seeded data):
// create a course, author a question by pointing at the simulated memory, build and publish a quiz;
// the seeded student joins and answers (wrongly, showing a misconception); the instructor sees the
// attempt on the dashboards with the misconception count and downloads a gradebook CSV it checks.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, screenshot, signIn, trpc } from "./helpers";

// student5 is used by no other spec (the specs run in parallel on one seeded database).
const STUDENT = "student5@heapwise.dev";
const PROGRAM = "xs = [1, 2, 3]\nys = xs\nzs = [xs, xs]\n";

test.describe.configure({ mode: "serial" });

/** A tRPC call that must succeed; returns its data. */
async function call<T>(page: Page, path: string, input: unknown, kind: "query" | "mutation" = "mutation"): Promise<T> {
  const res = await trpc(page, path, input, kind);
  expect(res.error, `${path}: ${JSON.stringify(res.error)}`).toBeUndefined();
  return res.data as T;
}

test("instructor authors, publishes, and reads the class picture", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const courseName = `Memory ${Date.now()}`;

  // 1. Course
  await signIn(page, ACCOUNTS.instructor);
  await page.goto("/instructor");
  await expect(page.getByRole("heading", { name: "Teaching" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Course name").fill(courseName);
  await page.getByLabel("Term").fill("Spring 2027");
  await page.getByRole("button", { name: "Create course" }).click();
  await page.waitForURL(/\/instructor\/courses\/[^/]+$/);
  const courseUrl = new URL(page.url()).pathname;
  await expect(page.getByText(courseName)).toBeVisible();

  await page.getByRole("link", { name: "People" }).click();
  const joinCode = (await page.getByTestId("join-code").textContent())?.trim() ?? "";
  expect(joinCode.length).toBeGreaterThanOrEqual(4);
  await expectAccessible(page);

  // 2. Question: write the program, point at the list in the memory diagram, check the derived key.
  await page.goto(`${courseUrl}/questions/new`);
  await page.getByLabel("Title", { exact: true }).fill("Aliased list refcount");
  await page.getByLabel("Kind", { exact: true }).selectOption("refcount");
  const editor = page.getByRole("textbox", { name: "Question program (Python)" });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  // Line by line, closing the completion popup before Enter (Enter would accept a completion).
  const lines = PROGRAM.trimEnd().split("\n");
  for (const [i, line] of lines.entries()) {
    await editor.pressSequentially(line, { delay: 5 });
    await page.keyboard.press("Escape");
    if (i < lines.length - 1) await page.keyboard.press("Enter");
  }
  await expect(editor).toHaveText(lines.join(""));
  await expect(page.getByTestId("sim-status")).toContainText("Runs without errors");
  // The moment: after line 3 runs, chosen from the keyboard (the cursor is on line 3 after typing).
  await page.getByLabel("After a line runs").check();
  await page.getByRole("button", { name: "Use cursor line (3)" }).click();
  await expect(page.getByLabel("Line", { exact: true })).toHaveValue("3");
  await page.getByRole("button", { name: /list[^[]*\[1, 2, 3\]/ }).click();
  await expect(page.getByTestId("target-object")).toContainText("list created on line 1");
  await expect(page.getByTestId("question-valid")).toBeVisible();
  await expect(page.getByTestId("derived-key")).toContainText('"count": 4');
  await expectAccessible(page);
  await screenshot(page, "instructor-authoring");
  await page.getByRole("button", { name: "Save question" }).click();
  await page.waitForURL(/\/questions\/(?!new)[^/]+$/);
  await expect(page.getByTestId("attempt-count")).toContainText("0 attempts");

  // 3. Quiz
  await page.goto(`${courseUrl}/quizzes`);
  await page.getByLabel("Quiz title").fill("Week 1");
  await page.getByRole("button", { name: "Create quiz" }).click();
  await page.waitForURL(/\/quizzes\/[^/]+$/);
  const quizId = new URL(page.url()).pathname.split("/").pop() ?? "";
  await page.getByLabel("Add a question from the bank").selectOption({ label: "Aliased list refcount — refcount" });
  await page.getByRole("button", { name: "Add question" }).click();
  await page.getByLabel("Points", { exact: true }).fill("2");
  await expect(page.getByText(/Opens \(.+\)/)).toBeVisible();
  await page.getByRole("button", { name: "Save quiz" }).click();
  await expect(page.getByText("Quiz saved.")).toBeVisible();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Quiz published.")).toBeVisible();
  await expectAccessible(page);

  // 4. The seeded student joins and answers 1: "b = a copies the list" (the key is 4).
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signIn(student, STUDENT);
  await call(student, "course.join", { joinCode });
  const { attemptId } = await call<{ attemptId: string }>(student, "attempt.start", { quizId });
  const attempt = await call<{ items: { quizItemId: string }[] }>(student, "attempt.get", { attemptId }, "query");
  const submitted = await call<{ score: number; maxScore: number }>(student, "attempt.submit", {
    attemptId,
    idempotencyKey: `e2e-${Date.now()}-instructor`,
    answers: attempt.items.map((i) => ({ quizItemId: i.quizItemId, answer: { count: 1 } })),
  });
  await studentContext.close();

  // 5. Dashboards
  await page.goto(courseUrl);
  await expect(page.getByTestId("recent-activity")).toContainText("Week 1", { timeout: 30_000 });
  await expect(page.getByTestId("recent-activity")).toContainText(`${submitted.score} / 2`);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Analysis" }).click();
  const heatRow = page.getByTestId("heatmap").getByRole("row", { name: /Assignment copies the object/ });
  await expect(heatRow.getByRole("cell").last()).toHaveText("1");
  await expect(page.getByTestId("question-analysis")).toContainText("Assignment copies the object: 1");
  await expectAccessible(page);
  await screenshot(page, "instructor-analysis");

  // 6. Gradebook CSV
  await page.goto(courseUrl);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download gradebook (CSV)" }).click()]);
  const csv = await readFile((await download.path()) ?? "", "utf8");
  const [header = [], possible = [], ...rows] = parseCsv(csv);
  const quizColumn = header.indexOf(`Week 1 (${quizId})`);
  expect(quizColumn, `gradebook header: ${header.join(" | ")}`).toBeGreaterThan(2);
  expect(possible[0]).toBe("Points Possible");
  expect(Number(possible[quizColumn])).toBe(2);
  const studentRow = rows.find((r) => r[header.indexOf("Email")] === STUDENT);
  expect(studentRow, `gradebook has a row for ${STUDENT}:\n${csv}`).toBeDefined();
  expect(submitted.maxScore).toBe(2);
  expect(submitted.score).toBeLessThan(2);
  expect(Number(studentRow?.[quizColumn])).toBeCloseTo(submitted.score, 5);
  expect(Number(studentRow?.[header.indexOf("Total Possible")])).toBe(2);

  // 7. A 390px phone: pages reflow (wide tables and the diagram scroll inside their own boxes).
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [courseUrl, `${courseUrl}/analysis`, `${courseUrl}/quizzes/${quizId}`, `${courseUrl}/questions/new`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
    expect(overflow, `${path} scrolls sideways at 390px`).toBeLessThanOrEqual(0);
  }
});

/** RFC 4180 reader: quoted fields may hold commas, quotes ("") and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field); rows.push(row); row = []; field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}
