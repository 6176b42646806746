// Authoring one question of every kind through the real editor: write (type or paste) the program,
// pick the moment and the target by pointing at lines, names and objects in the simulated memory,
// and check the answer key the grader derives. No answer key is ever typed.
import { expect, type Page } from "@playwright/test";
import { expectAccessible, screenshot } from "./helpers";

export type Kind = "where-lives" | "when-freed" | "alive" | "refcount" | "draw-memory" | "output" | "identity";

/** The questions the spec authors, by kind: the title is how the quiz, dashboards and CSV find them. */
export const QUESTIONS: Record<Kind, { title: string; program: string }> = {
  "where-lives": { title: "Where make's list lives", program: "def make(n):\n    items = [n, n + 1]\n    return items\n\nxs = make(1)\n" },
  "when-freed": { title: "When the Node is freed", program: 'class Node:\n    pass\n\na = Node()\nb = a\ndel a\nb = None\nprint("end")\n' },
  alive: { title: "Which lists survive", program: "xs = [1, 2]\nys = [3, 4]\nzs = xs\nxs = None\nys = None\n" },
  refcount: { title: "Aliased list refcount (template)", program: "{{a}} = [1, 2]\nrefs = [{{a}}] * {{k}}\nholder = {{a}}\n" },
  "draw-memory": { title: "Draw two names, one list", program: "xs = [1, 2]\nys = xs\n" },
  output: { title: "Append through an alias", program: "xs = [1, 2]\nys = xs\nys.append(3)\nprint(xs)\n" },
  identity: { title: "Same list or a copy", program: "a = [1, 2]\nb = a\nc = list(a)\n" },
};

const LIST_12 = /list[^[]*\[1, 2\]$/;

const editor = (page: Page) => page.getByRole("textbox", { name: "Question program (Python)" });
/** The right answer the grader derives from the run, shown in the shape a student submits. */
const rightAnswer = (page: Page) => page.getByTestId("derived-key-answer");
/** A line of the question's own editor (the student preview below has a code view too). */
const editorLine = (page: Page, line: number) => page.getByTestId("program-editor").locator(".cm-line").nth(line - 1);
const frame = (page: Page, fn: string) => page.getByRole("region", { name: `Frame ${fn}` });
const items = (page: Page) => page.getByTestId("question-items").getByRole("listitem");

async function clearEditor(page: Page) {
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
}

/** Types line by line from the keyboard, closing the completion popup before Enter (Enter would accept it). */
async function typeProgram(page: Page, program: string) {
  await clearEditor(page);
  const lines = program.trimEnd().split("\n");
  for (const [i, line] of lines.entries()) {
    await editor(page).pressSequentially(line, { delay: 5 });
    await page.keyboard.press("Escape");
    if (i < lines.length - 1) await page.keyboard.press("Enter");
  }
  await expect(editor(page)).toHaveText(lines.join(""));
}

/** Pastes the program as an instructor pasting from their notes would (indentation kept as written). */
async function pasteProgram(page: Page, program: string) {
  await clearEditor(page);
  await page.evaluate((text) => navigator.clipboard.writeText(text), program);
  await page.keyboard.press("ControlOrMeta+v");
  await expect(editor(page)).toHaveText(program.trimEnd().split("\n").join(""));
  await expect(page.getByTestId("sim-status")).toContainText("Runs without errors");
}

async function begin(page: Page, courseUrl: string, kind: Kind) {
  await page.goto(`${courseUrl}/questions/new`);
  await page.getByLabel("Title", { exact: true }).fill(QUESTIONS[kind].title);
  await page.getByLabel("Kind", { exact: true }).selectOption(kind);
  if (kind !== "refcount") await pasteProgram(page, QUESTIONS[kind].program);
}

async function finish(page: Page) {
  await expect(page.getByTestId("question-valid")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save question" }).click();
  await page.waitForURL(/\/questions\/(?!new)[^/]+$/);
  await expect(page.getByTestId("attempt-count")).toContainText("0 attempts");
}

/** Opens the "every object the program creates" list (for objects not in the diagram at the step shown). */
async function runObjects(page: Page) {
  const summary = page.getByText(/^Every object the program creates/);
  await summary.click();
  return page.getByTestId("run-objects");
}

const AUTHOR: Record<Kind, (page: Page) => Promise<void>> = {
  // At make's return, click the name items in make's frame twice: where the name lives, and its object.
  "where-lives": async (page) => {
    await page.getByLabel("When a function returns").check();
    // The function can also be picked by clicking a line inside it (here its return).
    await page.getByRole("button", { name: "Pick function in code" }).click();
    await editorLine(page, 3).click();
    await expect(page.getByLabel("Function", { exact: true })).toHaveValue("make");
    const name = frame(page, "make").getByRole("button", { name: "items", exact: true });
    await name.click();
    await name.click();
    await expect(items(page)).toHaveCount(2);
    await items(page).nth(0).getByLabel("Ask about").selectOption("name");
    await expect(rightAnswer(page).getByRole("rowheader")).toHaveText(["the name items (in make())", "the value of items (in make())"]);
    await expect(rightAnswer(page).getByRole("cell")).toHaveText(["Frame of make()", "Heap"]);
  },
  // The Node is gone by the end of the run, so it is picked from the list of every object the run creates.
  "when-freed": async (page) => {
    const objects = await runObjects(page);
    await expect(objects.getByRole("row", { name: /Node #1 from line 4/ })).toContainText("on line 7 (execution 1)");
    await objects.getByRole("button", { name: "Pick Node #1 from line 4" }).click();
    await expect(page.getByTestId("target-object")).toContainText("the Node created on line 4 (#1)");
    await expect(rightAnswer(page)).toHaveText("line 7 (1st execution), by reference counting");
  },
  // At the end: the surviving list is clicked in the diagram, the freed one added from the run's objects.
  alive: async (page) => {
    await page.getByRole("button", { name: LIST_12 }).click();
    const objects = await runObjects(page);
    await objects.getByRole("button", { name: "Add list #1 from line 2" }).click();
    await expect(items(page)).toHaveCount(2);
    await expect(items(page).nth(0).getByLabel("Label shown to students")).toHaveValue("[1, 2]");
    await items(page).nth(1).getByLabel("Label shown to students").fill("[3, 4]");
    await expect(rightAnswer(page).locator("p")).toHaveText(["Alive: [1, 2]", "Not alive: [3, 4]"]);
  },
  // A template: typed with {{placeholders}}, parameters declared in the form, the list clicked after line 3.
  refcount: async (page) => {
    await typeProgram(page, QUESTIONS.refcount.program);
    await page.getByText("Template (variants)").click();
    await page.getByRole("button", { name: "Add parameter" }).click();
    await page.getByLabel("Parameter 1 name").fill("a");
    await page.getByLabel("Parameter 1 choices (comma separated)").fill("data, nums, items");
    await page.getByRole("button", { name: "Add parameter" }).click();
    await page.getByLabel("Parameter 2 name").fill("k");
    await page.getByLabel("Parameter 2 type").selectOption("int");
    await page.getByLabel("Parameter 2 minimum").fill("1");
    await page.getByLabel("Parameter 2 maximum").fill("4");
    await expect(page.getByTestId("sim-status")).toContainText("Runs without errors");
    await page.getByLabel("After a line runs").check();
    await page.getByRole("button", { name: "Use cursor line (3)" }).click();
    await expect(page.getByLabel("Line", { exact: true })).toHaveValue("3");
    await page.getByRole("button", { name: LIST_12 }).click();
    await expect(page.getByTestId("target-object")).toContainText("list created on line 1");
    await expect(rightAnswer(page)).toContainText("count: 3, referrers:");
    // The student's view is the real quiz card: prompt, marked program and the count widget.
    await expect(page.getByTestId("student-view").getByRole("spinbutton", { name: /^Reference count of the list created/ })).toBeVisible();
    await checkVariants(page);
    await screenshot(page, "instructor-authoring");
  },
  // The moment is picked by clicking line 2 in the code.
  "draw-memory": async (page) => {
    await page.getByLabel("After a line runs").check();
    await page.getByRole("button", { name: "Pick line in code" }).click();
    await editorLine(page, 2).click();
    await expect(page.getByLabel("Line", { exact: true })).toHaveValue("2");
    await expect(rightAnswer(page)).toContainText("Global frame: xs refers to o1 (list), ys refers to o1 (list)");
  },
  output: async (page) => {
    await expect(page.getByTestId("sim-output")).toHaveText("[1, 2, 3]");
    await expect(rightAnswer(page)).toHaveText("[1, 2, 3]");
    // An answer tried in the student's view is marked by the grader, and nothing is saved.
    const student = page.getByTestId("student-view");
    await student.getByLabel(/^What does the program print/).fill("[1, 2]");
    await student.getByRole("button", { name: "Check this answer" }).click();
    await expect(page.getByTestId("tried-grade")).toContainText("Score: 0 / 1");
    await student.getByLabel(/^What does the program print/).fill("[1, 2, 3]");
    await student.getByRole("button", { name: "Check this answer" }).click();
    await expect(page.getByTestId("tried-grade")).toContainText("Score: 1 / 1");
  },
  // Pairs by clicking two names each; a third item asks whether a mutation through c is seen through a.
  identity: async (page) => {
    for (const name of ["a", "b", "a", "c"]) await frame(page, "<module>").getByRole("button", { name, exact: true }).click();
    await expect(items(page)).toHaveCount(2);
    await page.getByRole("button", { name: "Add item" }).click();
    await items(page).nth(2).getByLabel("Ask", { exact: true }).selectOption("mutation");
    await items(page).nth(2).getByLabel("Mutate through").fill("c");
    await items(page).nth(2).getByLabel("Observe through").fill("a");
    await expect(rightAnswer(page).getByRole("cell")).toHaveText(["the same object (is)", "different objects, equal values (==)", "the change is not visible"]);
  },
};

/** The variant preview: several seeds side by side, each valid, each key following its own program. */
async function checkVariants(page: Page) {
  const cards = page.getByTestId("variant");
  await expect(cards).toHaveCount(6);
  await expect(page.getByTestId("variant-summary")).toHaveText("6 of 6 sampled variants are valid.");
  const counts = new Set<number>();
  for (const card of await cards.all()) {
    const text = (await card.textContent()) ?? "";
    const k = Number(/\] \* (\d+)/.exec(text)?.[1]);
    const count = Number(/Right answercount: (\d+)/.exec(text)?.[1]);
    expect(count, `variant: ${text}`).toBe(k + 2);
    counts.add(count);
  }
  expect(counts.size, "the seeds give different keys").toBeGreaterThan(1);

  // A choice that breaks the program (None = [1, 2] is a SyntaxError) is flagged on its seeds and
  // makes the question invalid until it is removed again.
  const choices = page.getByLabel("Parameter 1 choices (comma separated)");
  await choices.fill("data, nums, items, None");
  const invalid = page.locator('[data-testid="variant"][data-valid="false"]');
  await expect(invalid.first()).toContainText("invalid");
  await expect(invalid.first()).toContainText("cannot assign to literal");
  await expect(page.getByTestId("question-valid")).toBeHidden();
  await choices.fill("data, nums, items");
  await expect(page.getByTestId("variant-summary")).toHaveText("6 of 6 sampled variants are valid.");
}

/** Authors one question of `kind` from a blank editor and saves it; returns the saved question's path. */
export async function authorQuestion(page: Page, courseUrl: string, kind: Kind): Promise<string> {
  await begin(page, courseUrl, kind);
  await AUTHOR[kind](page);
  await finish(page);
  return new URL(page.url()).pathname;
}

/** RFC 4180 reader: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
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
