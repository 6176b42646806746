import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAccessible, signIn } from "./helpers";

test("a visitor sees the landing page and the sign-in form", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Learn how Python uses memory" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Sign in" }).first().click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expectAccessible(page);
});

test("a wrong password is refused with a message", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(ACCOUNTS.student);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#signin-error")).toContainText("Wrong email or password");
  await expect(page).toHaveURL(/\/signin/);
});

test("student pages need a session", async ({ page }) => {
  await page.goto("/student");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=(%2F|\/)student/);
});

for (const [role, email, home] of [
  ["student", ACCOUNTS.student, "/student"],
  ["instructor", ACCOUNTS.instructor, "/instructor"],
  ["admin", ACCOUNTS.admin, "/instructor"],
] as const) {
  test(`the seeded ${role} lands on the ${role} home`, async ({ page }) => {
    await signIn(page, email);
    await expect(page).toHaveURL(new RegExp(`${home}$`));
    await expect(page.getByTestId("signed-in-as")).toBeVisible();
    // The landing page sends a signed-in user to the same home.
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`${home}$`));
  });
}
