import Link from "next/link";
import type { ReactNode } from "react";
import { getSession, homeFor } from "@/server/session";
import { SignOutButton } from "./SignOutButton";

/** Top navigation: what it links to depends on the signed-in user's role. */
export async function AppShell({ children }: { children: ReactNode }) {
  const session = await getSession().catch(() => null);
  const user = session?.user;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <nav aria-label="Main" className="topbar-nav">
          <Link href={user ? homeFor(user.role) : "/"} className="brand">
            heapwise
          </Link>
          {user?.role === "STUDENT" && <Link href="/student/progress">Progress</Link>}
          <Link href="/playground">Playground</Link>
          <span className="spacer" />
          {user ? (
            <>
              <span className="muted" data-testid="signed-in-as">
                {user.name ?? user.email}
              </span>
              <SignOutButton />
            </>
          ) : (
            <Link href="/signin">Sign in</Link>
          )}
        </nav>
      </header>
      {children}
    </>
  );
}
