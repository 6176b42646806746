import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSession, homeFor } from "@/server/session";
import { SignInForm } from "./SignInForm";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const session = await getSession();
  const { callbackUrl } = await searchParams;
  // Only same-site paths, so a crafted link cannot bounce the user elsewhere.
  const next = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : undefined;
  if (session) redirect(next ?? homeFor(session.user.role));
  return (
    <main id="main" className="page narrow">
      <h1>Sign in</h1>
      <SignInForm callbackUrl={next} />
    </main>
  );
}
