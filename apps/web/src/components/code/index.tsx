"use client";
import dynamic from "next/dynamic";
import type { CodeViewProps } from "./CodeView";

export type { CodeViewProps, LineMessage } from "./CodeView";

/** CodeMirror is loaded only on pages that show code, and only in the browser. */
export const CodeView = dynamic<CodeViewProps>(() => import("./CodeView"), {
  ssr: false,
  loading: () => <div className="code-view code-loading muted">Loading code…</div>,
});
