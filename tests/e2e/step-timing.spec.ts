/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser; the tests package itself compiles for Node.)
import { expect, test } from "@playwright/test";

// Playwright's trace recorder observes every DOM mutation: left on, it would time itself, not the app.
test.use({ trace: "off" });

test("a 200-object heap steps with the keyboard and the page fits a phone", async ({ page }) => {
  const program = "xs = [[i] for i in range(200)]\nys = xs[:]\nzs = ys\ndel xs\nprint(len(ys))\n";
  const encoded = await page.evaluate(async (src) => {
    const stream = new Blob([new TextEncoder().encode(src)]).stream().pipeThrough(new CompressionStream("deflate-raw"));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }, program);
  await page.goto(`/playground#code=${encoded}`);
  await expect(page.locator(".cm-content")).toContainText("range(200)");
  await page.getByRole("button", { name: "Last step" }).click();
  await expect(page.locator(".obj-card")).not.toHaveCount(0);
  expect(await page.locator(".obj-card").count()).toBeGreaterThanOrEqual(200);

  // Time from the key press to React's DOM commit, stepping back and forth at the end of the run.
  const times = await page.evaluate(async () => {
    const canvas = document.querySelector(".memory-canvas")!;
    const out: number[] = [];
    for (let i = 0; i < 20; i++) {
      const key = i % 2 === 0 ? "ArrowLeft" : "ArrowRight";
      const t0 = performance.now();
      await new Promise<void>((resolve) => {
        const mo = new MutationObserver(() => {
          mo.disconnect();
          resolve();
        });
        mo.observe(canvas, { subtree: true, childList: true, attributes: true, characterData: true });
        document.body.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
      });
      out.push(performance.now() - t0);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    return out.sort((a, b) => a - b);
  });
  const median = times[Math.floor(times.length / 2)]!;
  test.info().annotations.push({ type: "step re-render (200 objects), median ms", description: median.toFixed(1) });
  console.log(`step re-render with 200 objects: median ${median.toFixed(1)} ms`);
  // Reported, not asserted: the target is 16 ms (about 4-6 ms measured here), but a loaded 2-core
  // machine running the server and two browsers swings far past it. A hang still fails the test by
  // its timeout; apps/web's `pnpm bench` prints the render cost on its own.

  await page.setViewportSize({ width: 390, height: 800 });
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
  expect(fits, "no horizontal page scroll at 390px").toBe(true);
  const scrolls = await page.locator(".memory-scroll").evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(scrolls, "the diagram scrolls inside its own box").toBe(true);
});
