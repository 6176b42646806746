import type { Metadata } from "next";
import { Playground } from "@/components/playground/Playground";

export const metadata: Metadata = { title: "Playground" };
// Rendered per request: a prerendered page would show every signed-in visitor the "Sign in" header.
export const dynamic = "force-dynamic";

export default function PlaygroundPage() {
  return (
    <main id="main" className="page">
      <h1>Playground</h1>
      <p className="muted">
        Edit a Python program and step through its memory. It runs in your browser with heapwise&apos;s simulator; nothing is
        sent to a server.
      </p>
      <Playground />
    </main>
  );
}
