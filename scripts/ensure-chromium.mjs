// The end-to-end tests drive Debian's Chromium (Playwright's own browser download cannot reach
// its host from these machines). Install it with apt when it is missing and we are allowed to.
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";

const CHROMIUM = process.env.HEAPWISE_CHROMIUM ?? "/usr/bin/chromium";

if (!existsSync(CHROMIUM)) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    console.error(
      `Chromium not found at ${CHROMIUM}. Install it (sudo apt-get install -y chromium) ` +
        `or set HEAPWISE_CHROMIUM to a Chromium binary, then run the tests again.`,
    );
    process.exit(1);
  }
  console.log("Installing Debian's chromium for the browser tests...");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
    stdio: "inherit",
  });
}
