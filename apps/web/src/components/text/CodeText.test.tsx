import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CodeText } from "./CodeText";

describe("CodeText", () => {
  it("draws backticked spans as code and leaves the rest as text", () => {
    expect(renderToStaticMarkup(<CodeText text="`del x` destroys the object" />)).toBe("<code>del x</code> destroys the object");
  });
  it("keeps a lone backtick as written", () => {
    expect(renderToStaticMarkup(<CodeText text="a ` b" />)).toBe("a ` b");
  });
});
