#!/usr/bin/env node
/* global console */
// Next 16 no longer prints per-route sizes after `next build`. This reports each app route's
// first-load JavaScript (the framework's root chunks plus the route's layout and page entry
// chunks, deduplicated, gzip level 9) so the quiz page can be held to its 250 KB budget.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import vm from "node:vm";

const nextDir = join(dirname(fileURLToPath(import.meta.url)), "..", ".next");
const BUDGET_KB = 250;
const WATCH = "/student/attempts/[attemptId]";

const buildManifest = JSON.parse(readFileSync(join(nextDir, "build-manifest.json"), "utf8"));
const root = buildManifest.rootMainFiles ?? [];
const gz = new Map();
const size = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(nextDir, file)), { level: 9 }).length);
  return gz.get(file);
};

function manifests(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) manifests(p, out);
    else if (e.name === "page_client-reference-manifest.js") out.push(p);
  }
  return out;
}

const rows = [];
for (const file of manifests(join(nextDir, "server", "app"))) {
  // The manifest is a script that assigns globalThis.__RSC_MANIFEST[route]; run it in a sandbox.
  const sandbox = { globalThis: {} };
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
  for (const [page, m] of Object.entries(sandbox.__RSC_MANIFEST ?? {})) {
    const route = page.replace(/\/page$/, "") || "/";
    const files = new Set(root);
    for (const [entry, chunks] of Object.entries(m.entryJSFiles ?? {})) {
      // The route's own page plus every layout above it (root layout included).
      const seg = entry.replace(/^\[project\]\/apps\/web\/src\/app/, "");
      const isLayout = seg.endsWith("/layout") && (route + "/").startsWith(seg.replace(/layout$/, ""));
      if (seg === `${route === "/" ? "" : route}/page` || isLayout) chunks.forEach((c) => files.add(c));
    }
    const bytes = [...files].filter((f) => existsSync(join(nextDir, f))).reduce((s, f) => s + size(f), 0);
    rows.push({ route, kb: bytes / 1024 });
  }
}

rows.sort((a, b) => a.route.localeCompare(b.route));
console.log("\nFirst-load JS per route (gzip):");
for (const r of rows) console.log(`  ${r.route.padEnd(60)} ${r.kb.toFixed(1).padStart(7)} KB${r.route === WATCH ? `  (quiz page, budget ${BUDGET_KB} KB)` : ""}`);
const quiz = rows.find((r) => r.route === WATCH);
if (quiz && quiz.kb > BUDGET_KB) console.warn(`\nWARNING: the quiz page loads ${quiz.kb.toFixed(1)} KB of JS, over the ${BUDGET_KB} KB budget.`);
