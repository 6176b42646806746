import Link from "next/link";
import { redirect } from "next/navigation";
import { getSession, homeFor } from "@/server/session";

export const dynamic = "force-dynamic";

/** Signed-in users go to their role's home; visitors get a short welcome. */
export default async function LandingPage() {
  const session = await getSession();
  if (session) redirect(homeFor(session.user.role));
  return (
    <main id="main" className="page narrow">
      <h1>Learn how Python uses memory</h1>
      <p>
        Predict which names live in stack frames, which objects live on the heap and when each one is freed. Then watch
        the program run and see where your picture differed.
      </p>
      <p className="row">
        <Link className="btn btn-primary" href="/signin">
          Sign in
        </Link>
        <Link className="btn" href="/playground">
          Try the playground
        </Link>
      </p>
    </main>
  );
}
