import { describe, expect, it } from "vitest";
import { decodeProgram, encodeProgram } from "./share";

describe("share links", () => {
  it("round-trips a program through the URL-safe encoding", async () => {
    const src = "xs = [1, 2]\nys = xs  # alias: ünïcode ✓\nprint(ys is xs)\n";
    const encoded = await encodeProgram(src);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeProgram(encoded)).toBe(src);
  });

  it("compresses repetitive programs", async () => {
    const src = "x = 1\n".repeat(200);
    expect((await encodeProgram(src)).length).toBeLessThan(src.length / 4);
  });

  it("returns null for a damaged link instead of throwing", async () => {
    expect(await decodeProgram("not*valid*base64")).toBeNull();
    expect(await decodeProgram("AAAA")).toBeNull();
  });
});
