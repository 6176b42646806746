// Shared steps for the student-side e2e specs.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const PASSWORD = process.env.E2E_PASSWORD ?? "heapwise-demo";
export const ACCOUNTS = {
  admin: "admin@heapwise.dev",
  instructor: "instructor@heapwise.dev",
  student: "student1@heapwise.dev",
  /** Enrolled nowhere by the seed: the join-by-code journey starts from an empty home. */
  newcomer: "newstudent@heapwise.dev",
  other: "student2@heapwise.dev",
} as const;

const artifacts = join(dirname(fileURLToPath(import.meta.url)), "artifacts");

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
}

/** axe on the current page: no serious or critical WCAG 2.1 A/AA violations. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}

/** Calls a tRPC procedure over HTTP with the page's cookies (superjson wire format, no batching). */
export async function trpc(page: Page, path: string, input: unknown, kind: "query" | "mutation" = "mutation") {
  const url = kind === "query" ? `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}` : `/api/trpc/${path}`;
  const res = kind === "query" ? await page.request.get(url) : await page.request.post(url, { data: { json: input } });
  const body = (await res.json()) as { result?: { data?: { json?: unknown } }; error?: { json?: { message?: string; data?: { code?: string } } } };
  return { status: res.status(), data: body.result?.data?.json, error: body.error?.json };
}
