import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/AppShell";
import { TrpcProvider } from "@/trpc/provider";
import { inter } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "heapwise", template: "%s · heapwise" },
  description: "Learn how Python uses memory: predict frames, heap objects and lifetimes, then watch the truth replayed.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body>
        <TrpcProvider>
          <AppShell>{children}</AppShell>
        </TrpcProvider>
      </body>
    </html>
  );
}
