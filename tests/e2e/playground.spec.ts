/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser; the tests package itself compiles for Node.)
import { expect, test } from "@playwright/test";
import { expectAccessible, screenshot } from "./helpers";

test("the playground simulates, steps with the keyboard and shares its program", async ({ page }) => {
  await page.goto("/playground");
  await expect(page.getByRole("heading", { name: "Playground" })).toBeVisible();
  const label = page.getByTestId("step-label");
  await expect(label).toContainText("Step 1 of");
  // Arrow keys step through the trace (focus outside the editor).
  await page.getByRole("heading", { name: "Playground" }).click();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(label).toContainText("Step 3 of");
  await page.keyboard.press("ArrowLeft");
  await expect(label).toContainText("Step 2 of");
  // The last step shows the output and at least one object freed before the end.
  await page.getByRole("button", { name: "Last step" }).click();
  await expect(page.getByTestId("playground-output")).toContainText("1");
  await page.getByText("Memory as a table (text alternative)").click();
  await expect(page.getByRole("table").filter({ hasText: "Heap objects" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "playground");

  // Jump to a line that runs: the step label names it.
  await page.getByLabel("Jump to line").fill("13");
  await page.getByRole("button", { name: "Jump to line" }).click();
  await expect(label).toContainText("line 13");

  // Replace the program through the editor and share it.
  const editor = page.locator(".cm-content");
  await editor.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("xs = [1, 2]\nys = xs\nprint(ys is xs)\n");
  // A new program restarts at step 1; its output appears once the print has run.
  await expect(page.locator(".memory-canvas")).toBeVisible();
  await expect(page.getByTestId("step-label")).toContainText("Step 1 of");
  await page.getByRole("button", { name: "Last step" }).click();
  await expect(page.getByTestId("playground-output")).toContainText("True", { timeout: 10_000 });
  await page.getByRole("button", { name: "Copy share link" }).click();
  await expect(page).toHaveURL(/#code=/);
  const shared = page.url();

  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.locator(".cm-content")).toContainText("ys = xs");
});

test("errors are shown on their line", async ({ page }) => {
  await page.goto("/playground");
  const editor = page.locator(".cm-content");
  await editor.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("x = 1\ny = x + missing\nprint(y)\n");
  await expect(page.getByTestId("sim-error")).toContainText("Line 2: NameError", { timeout: 10_000 });
  await expect(page.locator(".cm-lintRange-error, .cm-lint-marker-error").first()).toBeVisible();
});
